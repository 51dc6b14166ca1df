// Pure geometry of HexJSON tile maps (open-innovations.org/projects/hexmaps/hexjson.html): where
// each hex sits, which hexes touch, and how a layout fits a box with its hexes kept regular. No DOM,
// so it is tested on its own, on the real layouts as well as the sample feed's.

export type HexLayoutKind = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';

/** A HexJSON layout: a column `q` and row `r` per code; coordinates may start anywhere, even below 0. */
export interface HexGrid {
  layout: HexLayoutKind;
  hexes: Readonly<Record<string, { q: number; r: number }>>;
}

export interface Point {
  x: number;
  y: number;
}

/** One hex placed in the box. */
export interface PlacedHex {
  code: string;
  q: number;
  r: number;
  /** Centre, in the box's units. */
  x: number;
  y: number;
  /** The six corners as an SVG path (`M…Z`), so one `<path>` draws the hex. */
  path: string;
}

export interface FittedLayout {
  hexes: PlacedHex[];
  /** The box actually used: the hexes' extent plus padding, never larger than asked. */
  width: number;
  height: number;
  /** Centre to corner, in the box's units. */
  radius: number;
  /** Codes asked for that the layout does not place. */
  missingFromLayout: string[];
  /** Codes the layout places that were not asked for (left undrawn). */
  notAsked: string[];
  /** Codes that share a cell with an earlier code (left undrawn, so no two hexes overlap). */
  overlapping: string[];
}

export interface FitOptions {
  /** The box to fit: hexes scale to the largest size that fits both ways, staying regular. */
  width: number;
  height: number;
  padding?: number;
  /** Only these codes are drawn (e.g. the areas of one level); absent, every code in the layout. */
  codes?: Iterable<string>;
  /**
   * Which way rows grow on screen. HexJSON says `r` increases upwards, as latitude does (north has
   * the larger `r`; odd-q columns shift up), so that is the default; `down` draws rows as screen
   * coordinates run (Red Blob Games, d3-hexjson). The geometry is the same either way, mirrored.
   */
  rows?: 'down' | 'up';
}

const SQRT3 = Math.sqrt(3);

const isOdd = (n: number): boolean => (n & 1) === 1;

/** Pointy-topped hexes in rows (`-r` layouts) or flat-topped hexes in columns (`-q` layouts). */
export function isRowLayout(kind: HexLayoutKind): boolean {
  return kind === 'odd-r' || kind === 'even-r';
}

/** Whether a row (r layouts) or a column (q layouts) is pushed half a hex along. */
function isShifted(kind: HexLayoutKind, index: number): boolean {
  return kind.startsWith('odd') ? isOdd(index) : !isOdd(index);
}

/** The centre of cell (q, r) for hexes of radius 1, in screen terms (rows growing downwards); fitLayout mirrors it for HexJSON. */
export function hexCentre(q: number, r: number, kind: HexLayoutKind): Point {
  if (isRowLayout(kind)) return { x: SQRT3 * (q + (isShifted(kind, r) ? 0.5 : 0)), y: 1.5 * r };
  return { x: 1.5 * q, y: SQRT3 * (r + (isShifted(kind, q) ? 0.5 : 0)) };
}

/** The six corners of a hex of `radius` around `centre`, clockwise from the top (or top right). */
export function hexCorners(centre: Point, radius: number, kind: HexLayoutKind): Point[] {
  const start = isRowLayout(kind) ? -90 : 0;
  return Array.from({ length: 6 }, (_, i) => {
    const angle = ((start + 60 * i) * Math.PI) / 180;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}

/*
 * The six neighbours' offsets [dq, dr], for a cell whose row (r layouts) or column (q layouts) is
 * not shifted, then for one that is: a plain row's neighbours above and below sit at columns q-1
 * and q, a shifted row's at q and q+1; likewise for columns and rows in q layouts.
 */
const ROW_OFFSETS = {
  plain: [[1, 0], [0, -1], [-1, -1], [-1, 0], [-1, 1], [0, 1]],
  shifted: [[1, 0], [1, -1], [0, -1], [-1, 0], [0, 1], [1, 1]],
} as const;
const COLUMN_OFFSETS = {
  plain: [[1, -1], [1, 0], [0, 1], [-1, 0], [-1, -1], [0, -1]],
  shifted: [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [0, -1]],
} as const;

/** The six cells that share an edge with (q, r). */
export function hexNeighbours(q: number, r: number, kind: HexLayoutKind): { q: number; r: number }[] {
  const offsets = isRowLayout(kind)
    ? ROW_OFFSETS[isShifted(kind, r) ? 'shifted' : 'plain']
    : COLUMN_OFFSETS[isShifted(kind, q) ? 'shifted' : 'plain'];
  return offsets.map(([dq, dr]) => ({ q: q + dq, r: r + dr }));
}

function pathOf(corners: Point[]): string {
  return `M${corners.map((corner) => `${round(corner.x)},${round(corner.y)}`).join('L')}Z`;
}

/** Two decimals are plenty on screen and keep 361 paths short. */
const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Places a layout's hexes in a box: the largest regular hexes that fit both ways, centred.
 * Coordinates may start anywhere; codes asked for but not in the layout, codes in the layout but
 * not asked for, and codes sharing a cell are reported rather than drawn.
 */
export function fitLayout(grid: HexGrid, options: FitOptions): FittedLayout {
  const padding = options.padding ?? 0;
  const asked = options.codes === undefined ? undefined : new Set(options.codes);
  const taken = new Set<string>();
  const cells: { code: string; q: number; r: number; centre: Point }[] = [];
  const notAsked: string[] = [];
  const overlapping: string[] = [];
  for (const [code, cell] of Object.entries(grid.hexes)) {
    if (asked !== undefined && !asked.has(code)) {
      notAsked.push(code);
      continue;
    }
    const key = `${cell.q},${cell.r}`;
    if (taken.has(key)) {
      overlapping.push(code);
      continue;
    }
    taken.add(key);
    const centre = hexCentre(cell.q, cell.r, grid.layout);
    cells.push({ code, q: cell.q, r: cell.r, centre: options.rows === 'down' ? centre : { x: centre.x, y: -centre.y } });
  }
  const missingFromLayout = asked === undefined ? [] : [...asked].filter((code) => !(code in grid.hexes));
  if (cells.length === 0) {
    return { hexes: [], width: options.width, height: options.height, radius: 0, missingFromLayout, notAsked, overlapping };
  }

  // The extent of the hexes themselves (centres plus half a hex each way), for radius 1.
  const halfWidth = isRowLayout(grid.layout) ? SQRT3 / 2 : 1;
  const halfHeight = isRowLayout(grid.layout) ? 1 : SQRT3 / 2;
  const xs = cells.map((cell) => cell.centre.x);
  const ys = cells.map((cell) => cell.centre.y);
  const minX = Math.min(...xs) - halfWidth;
  const minY = Math.min(...ys) - halfHeight;
  const spanX = Math.max(...xs) + halfWidth - minX;
  const spanY = Math.max(...ys) + halfHeight - minY;
  const radius = Math.max(0, Math.min((options.width - 2 * padding) / spanX, (options.height - 2 * padding) / spanY));
  const width = spanX * radius + 2 * padding;
  const height = spanY * radius + 2 * padding;

  const hexes = cells.map(({ code, q, r, centre }) => {
    const placed = { x: padding + (centre.x - minX) * radius, y: padding + (centre.y - minY) * radius };
    return { code, q, r, x: round(placed.x), y: round(placed.y), path: pathOf(hexCorners(placed, radius, grid.layout)) };
  });
  return { hexes, width: round(width), height: round(height), radius, missingFromLayout, notAsked, overlapping };
}

/** Width ÷ height of a layout's hexes, to size a box before fitting (1 when there is nothing to draw). */
export function layoutAspect(grid: HexGrid, codes?: Iterable<string>): number {
  const fitted = fitLayout(grid, { width: 1000, height: 1000, ...(codes === undefined ? {} : { codes }) });
  return fitted.hexes.length === 0 ? 1 : fitted.width / fitted.height;
}

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

const DIRECTIONS: Record<ArrowDirection, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** A touching neighbour may lie up to 60° off the arrow (on a hex grid, some directions have none closer). */
const NEIGHBOUR_COSINE = Math.cos(Math.PI / 3);
/** Across a gap, only a hex within 30° of the arrow: farther off, a key press would mostly move sideways. */
const GAP_COSINE = Math.cos(Math.PI / 6);
/** Across a gap, at most this many hexes along the arrow: farther, the keyboard stays put rather than jump across the map. */
const MAX_GAP_HEXES = 4;
/** Centres are rounded to 0.01, so angles and lengths compare with a little slack. */
const SLACK = 1e-3;
/** Centres this close, in hexes across, touch: rounding aside they are 1 apart, the next ring √3. */
const TOUCHING = 1.05;

/**
 * Where an arrow key goes from a hex. A touching neighbour within 60° of the arrow comes first,
 * the one most nearly straight ahead (a tie, as between the two hexes above, goes to the left, then
 * the top: reading order). With none, the keyboard crosses a gap (to an island, over a hole) to the
 * hex within 30° of the arrow that is least far along it and least off to the side, at most
 * MAX_GAP_HEXES hexes along. With none of those either it stays put (undefined): a long jump, or
 * one mostly sideways, lands somewhere a person did not ask to go (Cornwall → Isle of Wight).
 */
export function hexInDirection(hexes: readonly PlacedHex[], from: PlacedHex, direction: ArrowDirection, radius: number): PlacedHex | undefined {
  const towards = DIRECTIONS[direction];
  const across = SQRT3 * radius;
  let neighbour: { hex: PlacedHex; cosine: number } | undefined;
  let jump: { hex: PlacedHex; score: number } | undefined;
  for (const hex of hexes) {
    if (hex === from) continue;
    const dx = hex.x - from.x;
    const dy = hex.y - from.y;
    const distance = Math.hypot(dx, dy);
    const along = dx * towards.x + dy * towards.y;
    const cosine = along / distance;
    if (distance <= across * TOUCHING) {
      if (cosine < NEIGHBOUR_COSINE - SLACK) continue;
      const better = neighbour === undefined || cosine > neighbour.cosine + SLACK || (cosine > neighbour.cosine - SLACK && readsFirst(hex, neighbour.hex));
      if (better) neighbour = { hex, cosine };
    } else if (neighbour === undefined && cosine >= GAP_COSINE - SLACK && along <= across * (MAX_GAP_HEXES + SLACK)) {
      // Along the arrow, plus twice the sideways offset: straight ahead across the gap beats nearer but askew.
      const score = along + 2 * Math.abs(dx * towards.y - dy * towards.x);
      const better = jump === undefined || score < jump.score - 0.02 || (score < jump.score + 0.02 && readsFirst(hex, jump.hex));
      if (better) jump = { hex, score };
    }
  }
  return neighbour?.hex ?? jump?.hex;
}

/** Of two hexes equally good for a key, the one to the left, else the higher one. */
function readsFirst(a: PlacedHex, b: PlacedHex): boolean {
  return a.x < b.x - 0.01 || (Math.abs(a.x - b.x) <= 0.01 && a.y < b.y);
}

/** Rows of hexes are offset by half a hex; positions within this of each other count as one row. */
const sameRow = (a: PlacedHex, b: PlacedHex, radius: number): boolean => Math.abs(a.y - b.y) < radius / 2;

/** Reading order on the map: the top row first, each row left to right (what Home and End go to). */
function readsBefore(a: PlacedHex, b: PlacedHex, radius: number): boolean {
  return sameRow(a, b, radius) ? a.x < b.x : a.y < b.y;
}

/** The top-left hex of the map (Home). */
export function firstInReadingOrder(hexes: readonly PlacedHex[], radius: number): PlacedHex | undefined {
  return hexes.reduce<PlacedHex | undefined>((best, hex) => (best === undefined || readsBefore(hex, best, radius) ? hex : best), undefined);
}

/** The bottom-right hex of the map (End). */
export function lastInReadingOrder(hexes: readonly PlacedHex[], radius: number): PlacedHex | undefined {
  return hexes.reduce<PlacedHex | undefined>((best, hex) => (best === undefined || readsBefore(best, hex, radius) ? hex : best), undefined);
}
