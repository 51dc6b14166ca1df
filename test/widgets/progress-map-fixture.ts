// The progress map as the tests put it on a page, and how they find its hexes: one fixture for
// every test file of the map, so that a change to how it is set up is made once.
import { fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/progress-map/progress-map.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { TEST_FEED, settled, shadow } from './helpers.js';

export interface MapAttributes {
  feed?: string;
  indicator?: string;
  level?: string;
  area?: string;
  compare?: string;
  period?: string;
}

/**
 * A progress map, settled: the test feed's looked-after children's KS2 attainment by local
 * authority unless told otherwise, with a link as its fallback content (shown in the error state).
 */
export async function mapOf(attributes: MapAttributes = {}): Promise<ProgressMapElement> {
  const el = await fixture<ProgressMapElement>(html`<c4eo-progress-map
    feed=${attributes.feed ?? TEST_FEED}
    indicator=${attributes.indicator ?? 'lac-ks2-attainment'}
    level=${attributes.level ?? 'authority'}
    .area=${attributes.area}
    .compare=${attributes.compare}
    .period=${attributes.period}
    ><a href="https://www.c4eo.org.uk/">C4EO progress maps</a></c4eo-progress-map
  >`);
  await settled(el, 8000);
  await el.updateComplete;
  return el;
}

/** The hexes of the map (the second map of a double map with `map` 1). */
export const hexes = (el: HTMLElement, map = 0) => [...(shadow(el).querySelectorAll('svg.hexmap')[map]?.querySelectorAll<SVGPathElement>('.hex') ?? [])];
/** The hex of an area, by its code. */
export const hexOf = (el: HTMLElement, code: string) => shadow(el).querySelector<SVGPathElement>(`svg.hexmap .hex[data-code="${code}"]`)!;
