import type { ChartInks, Chart } from './charts.js';
import { specKey, type ChartSpec } from './chart-specs.js';

export interface ChartSyncHooks {
  /** Reads the inks to draw in (colours and type), once chart.js is in (they follow the scheme and forced colours). */
  readInks: () => ChartInks;
  /** chart.js could not be loaded; the next sync tries again. */
  onLoadFailed: () => void;
  /** Whether the widget is still in the page once chart.js has loaded. */
  isConnected: () => boolean;
}

/**
 * The charts drawn on a map's canvases. A render names what each chart figure shows (`want`);
 * after it, `sync()` creates, redraws or destroys chart.js charts to match, loading chart.js
 * (a chunk of its own) on first need. A chart is redrawn only when what it shows has changed.
 */
export class ChartSet {
  #specs = new Map<string, ChartSpec>();
  readonly #charts = new Map<HTMLCanvasElement, { key: string; spec: ChartSpec; chart: Chart }>();
  #module: Promise<typeof import('./charts.js')> | undefined;
  /** chart.js, once loaded: recolour() draws at once, inside the event that asked. */
  #loaded: typeof import('./charts.js') | undefined;
  /** The inks (colours and type) the charts are drawn in. */
  #inks: ChartInks | undefined;

  /** Called at the start of each render: what was wanted before no longer counts. */
  startRender(): void {
    this.#specs = new Map();
  }

  /** The chart the figure `data-chart=${id}` shows; returns the id for the template. */
  want(id: string, spec: ChartSpec): string {
    this.#specs.set(id, spec);
    return id;
  }

  /** Matches the charts to the figures now in `root`. */
  async sync(root: ParentNode, { readInks, onLoadFailed, isConnected }: ChartSyncHooks): Promise<void> {
    const live = new Set<HTMLCanvasElement>();
    const wanted: { canvas: HTMLCanvasElement; spec: ChartSpec; key: string }[] = [];
    for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart]')) {
      const spec = this.#specs.get(figure.dataset.chart ?? '');
      const canvas = figure.querySelector('canvas');
      if (spec === undefined || canvas === null) continue;
      live.add(canvas);
      const key = specKey(spec);
      if (this.#charts.get(canvas)?.key !== key) wanted.push({ canvas, spec, key });
    }
    for (const [canvas, { chart }] of this.#charts) {
      if (!live.has(canvas)) {
        chart.destroy();
        this.#charts.delete(canvas);
      }
    }
    if (wanted.length === 0) return;
    this.#module ??= import('./charts.js');
    let charts: typeof import('./charts.js');
    try {
      charts = await this.#module;
    } catch {
      // The tables beside each chart carry the same numbers; a chunk that fails to load hides only the drawing.
      this.#module = undefined;
      onLoadFailed();
      return;
    }
    this.#loaded = charts;
    if (!isConnected()) return;
    const inks = readInks();
    const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (this.#inks !== undefined && !sameInks(this.#inks, inks)) this.recolour(inks);
    this.#inks = inks;
    for (const { canvas, spec, key } of wanted) {
      if (!canvas.isConnected) continue;
      this.#charts.get(canvas)?.chart.destroy();
      this.#charts.set(canvas, { key, spec, chart: charts.drawChart(canvas, spec, { inks, animate }) });
      canvas.closest('figure')?.setAttribute('data-drawn', '');
    }
  }

  /**
   * Draws every chart again, now and without animation, in other colours (the paper's, as
   * printing starts, and back after): a canvas is a picture, and its screen colours would print
   * as they are, light text on white paper in the dark scheme.
   */
  recolour(inks: ChartInks): void {
    const charts = this.#loaded;
    if (charts === undefined || (this.#inks !== undefined && sameInks(this.#inks, inks))) return;
    this.#inks = inks;
    for (const [canvas, entry] of this.#charts) {
      entry.chart.destroy();
      entry.chart = charts.drawChart(canvas, entry.spec, { inks, animate: false });
    }
  }

  /** The widget left the page: every chart goes (drawn again if it comes back). */
  destroyAll(): void {
    for (const [canvas, { chart }] of this.#charts) {
      chart.destroy();
      canvas.closest('figure')?.removeAttribute('data-drawn');
    }
    this.#charts.clear();
  }
}

function sameInks(a: ChartInks, b: ChartInks): boolean {
  return (Object.keys(a) as (keyof ChartInks)[]).every((ink) => a[ink] === b[ink]);
}
