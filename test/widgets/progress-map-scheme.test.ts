// The map's charts are pictures on canvases, drawn in the colours of the scheme they were drawn
// in. When the scheme changes while the page is open (the visitor's system turns dark at dusk,
// or the page's own dark mode switch sets the widget's color-scheme attribute or
// --c4eo-color-scheme), the tiles and text follow through CSS; the charts must be drawn again,
// or their text stays dark on the now dark background. What a reader would notice is the ink:
// the light scheme's text is near black, the dark scheme's near white.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import type { ProgressMapElement } from '../../packages/widgets/src/progress-map/progress-map.js';
import { freshPage, shadow } from './helpers.js';
import { darkInkPixels, lightInkPixels } from './pixels.js';
import { mapOf } from './progress-map-fixture.js';

/** The media queries of the visitor's colour settings. */
const SCHEME_QUERY = /prefers-color-scheme|forced-colors/;

/** The chosen area's two charts, once drawn. */
async function drawnCharts(el: ProgressMapElement): Promise<HTMLCanvasElement[]> {
  await waitUntil(() => shadow(el).querySelectorAll('figure[data-drawn]').length === 2, 'charts drawn', { timeout: 8000 });
  return [...shadow(el).querySelectorAll<HTMLCanvasElement>('figure[data-drawn] canvas')];
}

/** Every chart written in one scheme's ink, and none in the other's. */
const inkOf = (canvases: HTMLCanvasElement[], scheme: 'light' | 'dark') =>
  canvases.every((canvas) => (scheme === 'light' ? darkInkPixels(canvas) > 20 && lightInkPixels(canvas) === 0 : lightInkPixels(canvas) > 20 && darkInkPixels(canvas) === 0));

const untilInk = (canvases: HTMLCanvasElement[], scheme: 'light' | 'dark', when: string) =>
  waitUntil(() => inkOf(canvases, scheme), `${when}: the charts are not in the ${scheme} scheme's ink`, { timeout: 5000 });

describe('<c4eo-progress-map>: the charts follow a change of colour scheme', () => {
  beforeEach(async () => {
    freshPage();
    // No animation: a chart drawn again shows its final picture at once.
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  });
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('the visitor’s system turns dark, then light again', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const charts = await drawnCharts(el);
    expect(inkOf(charts, 'light'), 'drawn in the light scheme').to.equal(true);

    await emulateMedia({ colorScheme: 'dark' });
    await untilInk(charts, 'dark', 'system dark');
    await expect(el).to.be.accessible();

    await emulateMedia({ colorScheme: 'light' });
    await untilInk(charts, 'light', 'system light again');
  });

  it('the page sets the color-scheme attribute, then takes it away', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const charts = await drawnCharts(el);
    el.setAttribute('color-scheme', 'dark');
    await untilInk(charts, 'dark', 'color-scheme="dark"');
    await expect(el).to.be.accessible();
    el.removeAttribute('color-scheme');
    await untilInk(charts, 'light', 'no color-scheme, on a light system');
  });

  it('the page sets --c4eo-color-scheme on an ancestor, as a site’s own dark mode switch does', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const charts = await drawnCharts(el);
    const page = el.parentElement!;
    page.style.setProperty('--c4eo-color-scheme', 'dark');
    await untilInk(charts, 'dark', '--c4eo-color-scheme: dark');
    page.style.setProperty('--c4eo-color-scheme', 'light');
    await untilInk(charts, 'light', '--c4eo-color-scheme: light');
  });

  it('a map hidden (in a closed tab, say) while the scheme changes shows the new scheme’s charts once shown', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const charts = await drawnCharts(el);
    const tab = el.parentElement!;
    // Nothing is drawn in a hidden box, and no transition runs there: the system's query and
    // the attribute are heard all the same.
    tab.hidden = true;
    tab.getBoundingClientRect();
    await emulateMedia({ colorScheme: 'dark' });
    tab.hidden = false;
    await untilInk(charts, 'dark', 'shown after the system turned dark');
    tab.hidden = true;
    el.setAttribute('color-scheme', 'light');
    await el.updateComplete;
    // The page is laid out while the map is hidden, as it would be in a closed tab.
    tab.getBoundingClientRect();
    tab.hidden = false;
    await untilInk(charts, 'light', 'shown after the page set color-scheme="light"');
  });

  it('the visitor turns forced colours on, then off: the charts take the system colours, then the scheme’s', async () => {
    const el = await mapOf({ area: 'E06000022' });
    const [line] = await drawnCharts(el);
    // The chosen area's line is drawn in the widget's area ink: the accent, or Highlight in forced colours.
    const areaInk = () => getComputedStyle(shadow(el).querySelector('[data-ink="area"][data-ink-set="screen"]')!).color;
    const areaLine = () => Chart.getChart(line!)?.data.datasets[0]?.borderColor;
    const accent = areaInk();
    expect(areaLine(), 'drawn in the accent').to.equal(accent);

    await emulateMedia({ forcedColors: 'active' });
    const highlight = areaInk();
    expect(highlight, 'forced colours give the area another ink').to.not.equal(accent);
    await waitUntil(() => areaLine() === highlight, 'the line is not drawn in Highlight', { timeout: 5000 });
    await expect(el).to.be.accessible();

    await emulateMedia({ forcedColors: 'none' });
    await waitUntil(() => areaLine() === accent, 'the line is not drawn in the accent again', { timeout: 5000 });
  });

  it('a map taken out of the page stops listening to the system’s scheme; put back, it listens again', async () => {
    /** The listeners on each of the system's colour scheme queries, by query. */
    const listening = new Map<string, Set<EventListenerOrEventListenerObject>>();
    const count = () => [...listening.values()].reduce((sum, listeners) => sum + listeners.size, 0);
    const { addEventListener: add, removeEventListener: remove } = MediaQueryList.prototype;
    // EventTarget's own signatures, which take a null listener as the overridden methods may be given.
    const [addAny, removeAny] = [add as EventTarget['addEventListener'], remove as EventTarget['removeEventListener']];
    // Counts them whichever MediaQueryList object holds them.
    MediaQueryList.prototype.addEventListener = function (this: MediaQueryList, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (type === 'change' && listener !== null && SCHEME_QUERY.test(this.media)) listening.set(this.media, (listening.get(this.media) ?? new Set()).add(listener));
      addAny.call(this, type, listener, options);
    };
    MediaQueryList.prototype.removeEventListener = function (this: MediaQueryList, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (type === 'change' && listener !== null) listening.get(this.media)?.delete(listener);
      removeAny.call(this, type, listener, options);
    };
    try {
      const el = await mapOf({ area: 'E06000022' });
      expect(count(), 'listening while in the page: dark or light, forced colours').to.equal(2);
      const page = el.parentElement!;
      el.remove();
      expect(count(), 'listening once removed').to.equal(0);
      page.append(el);
      expect(count(), 'listening once put back').to.equal(2);
      const charts = await drawnCharts(el);
      await emulateMedia({ colorScheme: 'dark' });
      await untilInk(charts, 'dark', 'put back, then system dark');
      el.remove();
      expect(count(), 'listening once removed again').to.equal(0);
    } finally {
      MediaQueryList.prototype.addEventListener = add;
      MediaQueryList.prototype.removeEventListener = remove;
    }
  });
});
