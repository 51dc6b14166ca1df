import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * The widget's latest load: started again whenever its inputs change, the load before it
 * cancelled and its late answer ignored. This is the part of @lit/task's Task that the widgets
 * used; written here, it weighs a third of that package in every widget's build.
 */
export class LatestLoad<A extends readonly unknown[], R> implements ReactiveController {
  status: LoadStatus = 'initial';
  value: R | undefined;
  error: unknown;
  /** Whether a load had already settled when this one began: the widget had shown an outcome, so this one follows a change or a "Try again". */
  followsOutcome = false;
  readonly #host: ReactiveControllerHost;
  readonly #args: () => A;
  readonly #load: (args: A, signal: AbortSignal) => Promise<R>;
  #lastArgs: A | undefined;
  #controller: AbortController | undefined;

  /**
   * `args` are compared by identity after every update: they must be plain values (strings),
   * never objects made afresh, or every render would start another load.
   */
  constructor(host: ReactiveControllerHost, args: () => A, load: (args: A, signal: AbortSignal) => Promise<R>) {
    this.#host = host;
    this.#args = args;
    this.#load = load;
    host.addController(this);
  }

  /** Before each render: a change of inputs starts a load, so that this render already shows it pending. */
  hostUpdate(): void {
    const args = this.#args();
    const last = this.#lastArgs;
    if (last === undefined || args.length !== last.length || args.some((arg, index) => arg !== last[index])) this.#start(args);
  }

  /** Loads again with the same inputs (Try again). */
  run(): void {
    if (this.#lastArgs === undefined) return;
    this.#start(this.#lastArgs);
    this.#host.requestUpdate();
  }

  #start(args: A): void {
    this.#lastArgs = args;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (this.status === 'complete' || this.status === 'error') this.followsOutcome = true;
    this.status = 'pending';
    const settle = (status: 'complete' | 'error', value: R | undefined, error: unknown) => {
      // A load that a newer one replaced says nothing.
      if (this.#controller !== controller) return;
      this.status = status;
      this.value = value;
      this.error = error;
      this.#host.requestUpdate();
    };
    this.#load(args, controller.signal).then(
      (value) => settle('complete', value, undefined),
      (error: unknown) => settle('error', undefined, error),
    );
  }
}
