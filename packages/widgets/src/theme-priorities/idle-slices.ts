/**
 * Work done a slice at a time in the browser's idle time, after the next frame has been painted,
 * so that it never delays what a person is waiting to see. `step` runs once per idle slice and
 * says whether work remains; a promise lets it finish its DOM update inside the same slice.
 *
 * Idle slices come from requestIdleCallback where it exists. Safari has none: there a short
 * timeout stands in, so each slice is still a task of its own, with input and frames between.
 */
export class IdleSlices {
  #cancel: (() => void) | undefined;
  /** Bumped by every start and cancel, so that a slice of older work that was already running stops. */
  #run = 0;

  /** Starts `step` after the next paint, one call per idle slice; any earlier work is dropped. */
  start(step: () => boolean | Promise<boolean>): void {
    this.cancel();
    const run = this.#run;
    const slice = async (): Promise<void> => {
      this.#cancel = undefined;
      if (run !== this.#run) return;
      const more = await step();
      if (more && run === this.#run) this.#cancel = afterIdle(slice);
    };
    this.#cancel = afterPaint(() => {
      this.#cancel = afterIdle(slice);
    });
  }

  /** Drops the work not done yet (a disconnect, new data). */
  cancel(): void {
    this.#run++;
    this.#cancel?.();
    this.#cancel = undefined;
  }
}

/** Without requestIdleCallback (Safari): this long between slices, leaving the page room to answer input. */
const FALLBACK_SLICE_GAP_MS = 20;

function afterIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => callback());
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, FALLBACK_SLICE_GAP_MS);
  return () => clearTimeout(id);
}

/** The next animation frame's callbacks run before that frame is painted: a slice asked for from there follows the paint. */
function afterPaint(callback: () => void): () => void {
  const id = requestAnimationFrame(() => callback());
  return () => cancelAnimationFrame(id);
}
