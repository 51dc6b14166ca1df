import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long the pointer must stay on another hex before an open tooltip moves to it. A pointer
 * on its way from a hex to that hex's tooltip crosses neighbouring hexes; were each to take the
 * tooltip at once, the tooltip could never be reached (WCAG 2.2 SC 1.4.13, hoverable).
 */
export const TOOLTIP_SWITCH_DELAY_MS = 250;

/** A hex whose tooltip shows, and on which map (0: first, 1: the compare map). */
export interface PointedHex {
  code: string;
  map: number;
}

type TooltipHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * Which hex's tooltip shows, and the rules of WCAG 2.2 SC 1.4.13 for it: it shows on hover and
 * on focus, stays while the pointer is on it (hover intent across the hexes on the way), can be
 * dismissed with Escape without moving focus or pointer, and sits over its hex as drawn. The map
 * renders the tooltip of `codeOn(map)` and wires its events to the handlers here.
 */
export class MapTooltipController implements ReactiveController {
  readonly #host: TooltipHost;
  #pointed: PointedHex | undefined;
  /** A tooltip switch waiting for the pointer to stay on another hex (TOOLTIP_SWITCH_DELAY_MS). */
  #pendingSwitch: ReturnType<typeof setTimeout> | undefined;
  /** Where the pointer last moved over a map, and where it was when Escape hid the tooltip. */
  #pointerAt: string | undefined;
  #hiddenAt: string | undefined;
  #listeningForEscape = false;
  /** The widget resized under an open tooltip (a scroll bar came, the page reflowed): place it again. */
  readonly #resizes = new ResizeObserver(() => this.#place());

  constructor(host: TooltipHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The hex whose tooltip shows on map `map`, if any. */
  codeOn(map: number): string | undefined {
    return this.#pointed?.map === map ? this.#pointed.code : undefined;
  }

  hostConnected(): void {
    this.#resizes.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resizes.disconnect();
    this.show(undefined);
    this.#listenForEscape(false);
  }

  hostUpdated(): void {
    this.#listenForEscape(this.#pointed !== undefined);
    this.#place();
  }

  /** Shows the tooltip of a hex, or none, now. */
  show(hex: PointedHex | undefined): void {
    this.#dropPendingSwitch();
    if (hex?.code === this.#pointed?.code && hex?.map === this.#pointed?.map) return;
    this.#pointed = hex;
    this.#host.requestUpdate();
  }

  onPointerMove(event: PointerEvent): void {
    this.#pointerAt = `${event.clientX},${event.clientY}`;
  }

  /** Keyboard focus shows the focused hex's tooltip at once. */
  onHexFocused(event: FocusEvent, map: number): void {
    const hex = hexOf(event, map);
    if (hex !== undefined) this.show(hex);
  }

  /**
   * Focus left a hex: its tooltip goes, unless focus went to another hex, whose own focus shows
   * its tooltip at once. Hidden in between, the tooltip would ask for a render of its own each
   * time the keyboard moves on the map: the move's render puts focus on the next hex (in
   * `updated()`), and a change there is a second render (Lit's "change-in-update" warning).
   */
  onHexBlurred(event: FocusEvent): void {
    if (isHex(event.relatedTarget)) return;
    // A hex taken out by a render (the map loading again for a new indicator) loses focus inside
    // that render: asking for another there is Lit's "change-in-update" warning. The tooltip is
    // hidden once the render is over.
    queueMicrotask(() => this.show(undefined));
  }

  /**
   * The pointer on a hex shows its tooltip at once when none shows. While another hex's tooltip
   * shows, the pointer may only be crossing this hex on its way to that tooltip: the tooltip moves
   * once the pointer has stayed here a moment (hover intent).
   */
  onHexHovered(event: PointerEvent, map: number): void {
    const hex = hexOf(event, map);
    // The hex that was under a tooltip hidden with Escape is now under the pointer, which has not moved: not a new hover.
    if (hex === undefined || `${event.clientX},${event.clientY}` === this.#hiddenAt) return;
    this.#hiddenAt = undefined;
    const shown = this.#pointed;
    if (shown === undefined || (shown.code === hex.code && shown.map === hex.map)) {
      this.show(hex);
      return;
    }
    this.#dropPendingSwitch();
    this.#pendingSwitch = setTimeout(() => this.show(hex), TOOLTIP_SWITCH_DELAY_MS);
  }

  /** The pointer reached the tooltip: hexes crossed on the way no longer count. */
  onTooltipEntered(): void {
    this.#dropPendingSwitch();
  }

  /**
   * The pointer left the map or the tooltip: the tooltip goes, unless the pointer went onto it or
   * onto a map (there, the hex it is over decides), or a hex has focus.
   */
  onPointerLeft(event: PointerEvent): void {
    const to = event.relatedTarget;
    if (to instanceof Element && to.closest('.tooltip, .hexmap') !== null) return;
    if (this.#host.renderRoot.querySelector('.hex:focus')) this.#dropPendingSwitch();
    else this.show(undefined);
  }

  /**
   * Escape hides the tooltip without moving focus or the pointer (WCAG 1.4.13); it shows again
   * for the next hex pointed at or focused. Escape with no tooltip is left to the page.
   */
  dismiss(event: KeyboardEvent): void {
    if (this.#pointed === undefined) return;
    event.preventDefault();
    this.#hiddenAt = this.#pointerAt;
    this.show(undefined);
  }

  /** While a tooltip shows from hovering, Escape anywhere in the page hides it. */
  readonly #onPageKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) this.dismiss(event);
  };

  #listenForEscape(listen: boolean): void {
    if (listen === this.#listeningForEscape) return;
    this.#listeningForEscape = listen;
    if (listen) document.addEventListener('keydown', this.#onPageKey);
    else document.removeEventListener('keydown', this.#onPageKey);
  }

  #dropPendingSwitch(): void {
    clearTimeout(this.#pendingSwitch);
    this.#pendingSwitch = undefined;
  }

  /**
   * Puts the open tooltip over its hex as drawn. The SVG keeps its aspect ratio, so in a frame of
   * another shape it is letterboxed and the layout's own coordinates are off: only the hex's box
   * on screen says where it is. Kept inside the frame, where centring over a hex at the edge of a
   * narrow map would push it off the page.
   */
  #place(): void {
    const tooltip = this.#host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const frame = tooltip?.parentElement;
    const pointed = this.#pointed;
    const hex = pointed === undefined ? null : frame?.querySelector(`.hex[data-code="${CSS.escape(pointed.code)}"]`);
    if (!tooltip || !frame || !hex) return;
    const frameBox = frame.getBoundingClientRect();
    const hexBox = hex.getBoundingClientRect();
    const half = tooltip.offsetWidth / 2;
    const left = Math.max(half, Math.min(frameBox.width - half, hexBox.left + hexBox.width / 2 - frameBox.left));
    const top = (tooltip.classList.contains('tooltip--below') ? hexBox.bottom : hexBox.top) - frameBox.top;
    tooltip.style.setProperty('left', `${left}px`);
    tooltip.style.setProperty('top', `${top}px`);
  }
}

function isHex(target: EventTarget | null): boolean {
  return target instanceof SVGPathElement && target.dataset.code !== undefined;
}

function hexOf(event: Event, map: number): PointedHex | undefined {
  const target = event.target;
  return target instanceof SVGPathElement && target.dataset.code !== undefined ? { code: target.dataset.code, map } : undefined;
}
