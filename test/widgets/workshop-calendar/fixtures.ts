import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import type { WorkshopCalendarElement } from '../../../packages/widgets/src/workshop-calendar/workshop-calendar.js';
import { REFERENCE_NOW } from '../../../stories/workshop-calendar-feeds.js';
import { TEST_FEED, settled, shadow } from '../helpers.js';

export interface CalendarOptions {
  feed?: string;
  region?: string;
  theme?: string;
  view?: 'month' | 'list';
  month?: string;
  showPast?: boolean;
  now?: Date;
  width?: number;
  headingLevel?: number;
  colorScheme?: 'light' | 'dark';
}

/** A calendar in a box of the given width (900 px unless told), settled. */
export async function calendar(options: CalendarOptions = {}): Promise<WorkshopCalendarElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 900}px">
    <c4eo-workshop-calendar
      feed=${options.feed ?? TEST_FEED}
      .now=${options.now ?? REFERENCE_NOW}
      region=${options.region ?? ''}
      theme=${options.theme ?? ''}
      view=${options.view ?? ''}
      month=${options.month ?? ''}
      heading-level=${options.headingLevel ?? 2}
      color-scheme=${options.colorScheme ?? 'light'}
      ?show-past=${options.showPast === true}
    ></c4eo-workshop-calendar>
  </div>`);
  const element = box.querySelector('c4eo-workshop-calendar')!;
  await settled(element);
  await element.updateComplete;
  return element;
}

export const root = (el: HTMLElement) => shadow(el);
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const monthShown = (el: HTMLElement) => root(el).querySelector<HTMLElement>('[part="calendar"]')!.dataset.month;
export const viewShown = (el: HTMLElement) => root(el).querySelector<HTMLElement>('[part="calendar"]')!.dataset.view;
export const eventIds = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part="event"]')].map((item) => item.dataset.event);
export const eventItem = (el: HTMLElement, id: string) => root(el).querySelector<HTMLElement>(`[part="event"][data-event="${id}"]`);
export const dayCell = (el: HTMLElement, day: string) => root(el).querySelector<HTMLElement>(`[data-day="${day}"]`);

/** The element focused inside the widget's shadow root. */
export const focusedDay = (el: HTMLElement) => (root(el).activeElement as HTMLElement | null)?.dataset.day;

/** Waits for the next render after a state change made by a control. */
export async function rendered(el: WorkshopCalendarElement): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('[data-ready], .state--empty, .state--error'), 'not rendered');
}

export interface CapturedDownload {
  name: string;
  text: string;
}

/**
 * Clicks "Add to calendar" on an event and returns the file it offered: the widget clicks an
 * `<a download>` on a Blob URL; the test stops the download and reads the Blob instead.
 */
export async function downloadIcs(el: HTMLElement, id: string): Promise<CapturedDownload> {
  let captured: { name: string; href: string } | undefined;
  const intercept = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      event.preventDefault();
      captured = { name: target.download, href: target.href };
    }
  };
  root(el).addEventListener('click', intercept, { capture: true });
  try {
    eventItem(el, id)!.querySelector<HTMLButtonElement>('[part="add-to-calendar"]')!.click();
  } finally {
    root(el).removeEventListener('click', intercept, { capture: true });
  }
  if (captured === undefined) throw new Error('no download was offered');
  const response = await fetch(captured.href);
  return { name: captured.name, text: await response.text() };
}
