// Where keyboard focus goes when an action takes away the control that had it (WCAG 2.4.3 focus
// order, 2.4.11 focus not obscured): it must stay in the widget, never fall back to the page's
// <body>, where a keyboard or screen-reader visitor would have to start again from the top.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/all.js';
import { brokenFeed, freshPage, settled, shadow } from './helpers.js';

const WIDGETS = [
  html`<c4eo-evidence-card feed=${brokenFeed('array')} evidence="kr-early-years-3"></c4eo-evidence-card>`,
  html`<c4eo-theme-priorities feed=${brokenFeed('array')}></c4eo-theme-priorities>`,
  html`<c4eo-workshop-calendar feed=${brokenFeed('array')}></c4eo-workshop-calendar>`,
  html`<c4eo-progress-map feed=${brokenFeed('array')} indicator="childrens-centre-reach"></c4eo-progress-map>`,
];

describe('focus after "Try again"', () => {
  beforeEach(freshPage);

  for (const template of WIDGETS) {
    const tag = template.strings[0]!.trim().slice(1).split(' ')[0]!;
    it(`<${tag}>: pressing Enter on "Try again" leaves focus in the widget, visibly, while it loads and when it fails again`, async () => {
      const el = await fixture<HTMLElement>(template);
      await settled(el);
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      retry.focus();
      const failedAgain = oneEvent(el, 'c4eo-error');
      await sendKeys({ press: 'Enter' });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(document.activeElement, 'focus stays in the widget').to.equal(el);
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.classList.contains('c4eo-root'), 'on its root block').to.equal(true);
      expect(focused.matches(':focus-visible'), 'with a focus ring').to.equal(true);
      await failedAgain;
      await settled(el);
      expect(document.activeElement, 'still in the widget once it has failed again').to.equal(el);
      // The next Tab reaches the new "Try again", as it would from where the old one was.
      await sendKeys({ press: 'Tab' });
      expect((shadow(el).activeElement as HTMLElement | null)?.getAttribute('part')).to.equal('retry');
    });
  }
});
