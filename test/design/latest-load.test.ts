import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LatestLoad } from '../../packages/design/src/latest-load.js';

/** A load the test settles by hand, with the signal it was given. */
interface Pending {
  args: readonly string[];
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** A host whose `name` is the load's input; it renders the load's status and value as text. */
class LoadHost extends LitElement {
  static override properties = { name: {} };
  name = 'a';
  readonly loads: Pending[] = [];
  readonly load = new LatestLoad<readonly string[], string>(
    this,
    () => [this.name],
    (args, signal) => new Promise<string>((resolve, reject) => this.loads.push({ args, signal, resolve, reject })),
  );

  override render() {
    return html`${this.load.status}:${this.load.value ?? ''}`;
  }
}
customElements.define('test-latest-load-host', LoadHost);

/** The load's answer has been handled (a task later) and the host has drawn it. */
async function answered(host: LoadHost): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await host.updateComplete;
}

const shown = (host: LoadHost) => host.shadowRoot!.textContent!.replace(/<!--.*?-->/g, '').trim();

describe('LatestLoad: the widgets\' load of their data', () => {
  it('starts on first render, shows it pending in that render, then the value', async () => {
    const host = await fixture<LoadHost>(html`<test-latest-load-host></test-latest-load-host>`);
    expect(host.loads).to.have.length(1);
    expect(shown(host)).to.equal('pending:');
    host.loads[0]!.resolve('A');
    await host.updateComplete;
    await host.updateComplete;
    expect(shown(host)).to.equal('complete:A');
  });

  it('a new input cancels the load before it, whose late answer is ignored', async () => {
    const host = await fixture<LoadHost>(html`<test-latest-load-host></test-latest-load-host>`);
    host.name = 'b';
    await host.updateComplete;
    expect(host.loads.map((load) => load.args[0])).to.deep.equal(['a', 'b']);
    expect(host.loads[0]!.signal.aborted, 'the first load was cancelled').to.equal(true);
    expect(host.loads[1]!.signal.aborted).to.equal(false);
    host.loads[1]!.resolve('B');
    await new Promise((resolve) => setTimeout(resolve));
    host.loads[0]!.resolve('A, too late');
    await answered(host);
    expect(shown(host)).to.equal('complete:B');
  });

  it('an update with the same input starts nothing', async () => {
    const host = await fixture<LoadHost>(html`<test-latest-load-host></test-latest-load-host>`);
    host.requestUpdate();
    await host.updateComplete;
    host.name = 'a';
    await host.updateComplete;
    expect(host.loads).to.have.length(1);
  });

  it('keeps a failure as the error, and run() tries the same input again', async () => {
    const host = await fixture<LoadHost>(html`<test-latest-load-host></test-latest-load-host>`);
    const failure = new Error('offline');
    host.loads[0]!.reject(failure);
    await answered(host);
    expect(shown(host)).to.equal('error:');
    expect(host.load.error).to.equal(failure);
    host.load.run();
    await host.updateComplete;
    expect(shown(host)).to.equal('pending:');
    expect(host.loads.map((load) => load.args[0])).to.deep.equal(['a', 'a']);
    host.loads[1]!.resolve('A');
    await answered(host);
    expect(shown(host)).to.equal('complete:A');
  });

  it('says whether a load follows one that settled (a change or a retry after an outcome), not one replaced before it settled', async () => {
    const host = await fixture<LoadHost>(html`<test-latest-load-host></test-latest-load-host>`);
    host.name = 'b';
    await host.updateComplete;
    expect(host.load.followsOutcome, 'the first answer is still awaited: the widget is still loading').to.equal(false);
    host.loads[1]!.resolve('B');
    await answered(host);
    expect(host.load.followsOutcome, 'the first outcome').to.equal(false);
    host.name = 'c';
    await host.updateComplete;
    expect(host.load.followsOutcome, 'a change after an outcome').to.equal(true);
  });
});
