import { waitUntil } from '@open-wc/testing';

/** Two frames: anything asked for in the next animation frame has been asked for. */
export const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** A task later: every microtask queued before (a Lit update, an awaited promise) has run. */
const aTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Holds every requestIdleCallback of the page until the test lets it run, so that a test sees the
 * page before and after idle-time work whatever the machine's load. `restore()` in an afterEach.
 */
export function holdIdleCallbacks() {
  const real = { request: window.requestIdleCallback, cancel: window.cancelIdleCallback };
  const held = new Map<number, IdleRequestCallback>();
  let nextId = 1;
  let ran = 0;
  window.requestIdleCallback = ((callback: IdleRequestCallback) => {
    held.set(nextId, callback);
    return nextId++;
  }) as typeof window.requestIdleCallback;
  window.cancelIdleCallback = (id: number) => {
    held.delete(id);
  };
  return {
    /** How many idle callbacks are waiting. */
    get waiting(): number {
      return held.size;
    },
    /** How many held callbacks have run so far. */
    get ran(): number {
      return ran;
    },
    /** Waits until some idle work is asked for. */
    async asked(): Promise<void> {
      await waitUntil(() => held.size > 0, 'no idle work was asked for', { timeout: 3000 });
    },
    /** Waits for the first idle work, then runs it and every slice it asks for next, until none is left. */
    async runAll(): Promise<void> {
      await this.asked();
      while (held.size > 0) {
        const [id, callback] = held.entries().next().value!;
        held.delete(id);
        ran++;
        callback({ didTimeout: false, timeRemaining: () => 50 });
        await aTask();
      }
    },
    restore(): void {
      window.requestIdleCallback = real.request;
      window.cancelIdleCallback = real.cancel;
    },
  };
}

/** Takes requestIdleCallback away, as in Safari, until `restore()`. */
export function withoutIdleCallbacks() {
  const real = { request: window.requestIdleCallback, cancel: window.cancelIdleCallback };
  const bare = window as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  bare.requestIdleCallback = undefined;
  bare.cancelIdleCallback = undefined;
  return {
    restore(): void {
      window.requestIdleCallback = real.request;
      window.cancelIdleCallback = real.cancel;
    },
  };
}
