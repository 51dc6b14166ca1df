// The guard every test page loads (test/setup/lit-warnings.ts): a Lit dev-mode warning fails the
// test in which it was issued, each time, while Lit's one-time "dev mode" notice does not.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { failTestOnLitWarnings, guardedSuite, litWarningCode, takeLitWarnings } from './lit-warnings.js';

/** Sets a reactive property after its first update: Lit's "change-in-update" case. */
class SecondRenderElement extends LitElement {
  @state() private renders = 0;

  override render() {
    return html`${this.renders}`;
  }

  override firstUpdated(): void {
    this.renders += 1;
  }
}
customElements.define('c4eo-test-second-render', SecondRenderElement);

async function secondRender(): Promise<void> {
  const el = await fixture<SecondRenderElement>(testHtml`<c4eo-test-second-render></c4eo-test-second-render>`);
  await el.updateComplete;
}

describe('the Lit dev-mode warnings guard', () => {
  it('is on: its hooks are on the root suite of the mocha that runs this file', () => {
    expect(guardedSuite, 'the framework\'s mocha was caught').to.exist;
    expect(guardedSuite).to.equal((globalThis as unknown as { mocha: { suite: Mocha.Suite } }).mocha.suite);
    expect(guardedSuite!.root).to.equal(true);
  });

  for (const time of ['first', 'second']) {
    it(`takes a change-in-update warning out of Lit's record, the ${time} time too`, async () => {
      await secondRender();
      const taken = takeLitWarnings();
      expect(taken.map(litWarningCode)).to.deep.equal(['change-in-update']);
      expect(taken[0]).to.contain('c4eo-test-second-render');
      expect(takeLitWarnings(), 'taken once').to.deep.equal([]);
    });
  }

  it('fails the test through the hook, and leaves the dev-mode notice alone', async () => {
    expect([...(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings!].map(litWarningCode)).to.include('dev-mode');
    await secondRender();
    const failures: unknown[] = [];
    failTestOnLitWarnings({ error: (failure: unknown) => failures.push(failure) });
    expect(failures).to.have.length(1);
    expect(String(failures[0])).to.contain('Lit\'s development build issued a warning').and.contain('change-in-update');
    failTestOnLitWarnings({ error: (failure: unknown) => failures.push(failure) });
    expect(failures, 'nothing more to report').to.have.length(1);
  });
});
