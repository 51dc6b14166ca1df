import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * When the map's charts must be drawn again in other colours. A chart is a picture that keeps
 * the colours it was drawn in, while the tiles and text around it follow the page through CSS:
 * - the visitor's system switches between light and dark, or turns forced colours on or off;
 * - printing starts or ends: a browser's print (and "Save as PDF") fires beforeprint and
 *   afterprint, and the charts are drawn in the paper's inks inside beforeprint, before the page
 *   is laid out for print; print emulation (a developer's tools, a test) fires neither, and the
 *   print media query's change says it.
 * The page setting the color-scheme attribute, --c4eo-color-scheme, --c4eo-font-size or
 * --c4eo-font-family is the widget's to see (updated(), and the scheme watch of
 * chartInksTemplate()); it calls `changed()` the same way.
 * Listening only while the host is in the page.
 */
export class ChartInkWatch implements ReactiveController {
  readonly #onChange: () => void;
  #queries: { print: MediaQueryList; scheme: MediaQueryList[] } | undefined;
  #printing = false;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  /** Whether the page is being printed: the charts are then drawn in the paper's inks. */
  get printing(): boolean {
    return this.#printing;
  }

  /** The colours may have changed for a reason the host saw itself. */
  readonly changed = (): void => this.#onChange();

  hostConnected(): void {
    this.#queries ??= {
      print: window.matchMedia('print'),
      scheme: ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((query) => window.matchMedia(query)),
    };
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    this.#queries.print.addEventListener('change', this.#onPrint);
    for (const query of this.#queries.scheme) query.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#queries?.print.removeEventListener('change', this.#onPrint);
    for (const query of this.#queries?.scheme ?? []) query.removeEventListener('change', this.changed);
  }

  readonly #onPrint = (event: Event): void => {
    const printing = event.type === 'beforeprint' || (event.type === 'change' && (event as MediaQueryListEvent).matches);
    if (printing === this.#printing) return;
    this.#printing = printing;
    this.#onChange();
  };
}
