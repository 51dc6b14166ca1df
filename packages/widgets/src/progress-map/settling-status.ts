import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long the Period and Area selects must rest before the status line says what they show.
 * In Chromium on Windows and Linux an arrow key on a closed `<select>` changes its value, and
 * fires `change`, on every press: said at once, each press would queue a polite sentence of its
 * own, and a screen reader would read out every area passed on the way to the one wanted.
 */
export const STATUS_SETTLE_MS = 700;

/**
 * What a polite status line says about a visitor's last change, once changes stop coming:
 * `change(what)` silences the line and says `what` after STATUS_SETTLE_MS with no other change;
 * `clear()` silences it with nothing pending. A widget taken out of the page forgets both, so a
 * widget put back says nothing about a change made before it left.
 */
export class SettlingStatus<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #said: T | undefined;
  #pending: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The settled change the line speaks of; undefined while it is silent. */
  get said(): T | undefined {
    return this.#said;
  }

  change(what: T): void {
    this.clear();
    this.#pending = setTimeout(() => {
      this.#pending = undefined;
      this.#say(what);
    }, STATUS_SETTLE_MS);
  }

  clear(): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
    this.#say(undefined);
  }

  hostDisconnected(): void {
    this.clear();
  }

  #say(what: T | undefined): void {
    if (what === this.#said) return;
    this.#said = what;
    this.#host.requestUpdate();
  }
}
