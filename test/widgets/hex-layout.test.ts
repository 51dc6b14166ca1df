import { expect } from '@open-wc/testing';
import {
  fitLayout,
  hexCentre,
  hexInDirection,
  hexNeighbours,
  type ArrowDirection,
  type FittedLayout,
  type HexGrid,
  type HexLayoutKind,
  type PlacedHex,
} from '../../packages/widgets/src/progress-map/hex-layout.js';
import { TEST_FEED } from './helpers.js';

const KINDS: HexLayoutKind[] = ['odd-r', 'even-r', 'odd-q', 'even-q'];
const SQRT3 = Math.sqrt(3);
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const key = (cell: { q: number; r: number }) => `${cell.q},${cell.r}`;

/** Real layouts of 151 and 361 hexes, read from ../shared/data/ by the test server. */
async function sharedLayout(name: string): Promise<HexGrid> {
  const response = await fetch(`/shared-data/${name}.hexjson`);
  expect(response.ok, `../shared/data/${name}.hexjson is served`).to.equal(true);
  return (await response.json()) as HexGrid;
}

/** The sample feed's own layout of a level, with the codes of that level's areas and their names. */
async function sampleLayout(level: 'region' | 'authority'): Promise<{ grid: HexGrid; codes: string[]; names: Map<string, string> }> {
  const areas = (await (await fetch(`${TEST_FEED}areas.json`)).json()) as { areas: { code: string; name: string; level: string }[]; layouts: Record<string, HexGrid> };
  const ofLevel = areas.areas.filter((area) => area.level === level);
  return { grid: areas.layouts[level]!, codes: ofLevel.map((area) => area.code), names: new Map(areas.areas.map((area) => [area.code, area.name])) };
}

const ARROWS: Record<ArrowDirection, { x: number; y: number }> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };
/** Farthest an arrow key may carry the focus across a gap, in hexes along the arrow (the test above crosses three empty cells). */
const FARTHEST_JUMP = 4;
const COS_60 = 0.5 - 1e-3;
const COS_30 = Math.cos(Math.PI / 6) - 1e-3;

/** Where a hex lies from another, seen along an arrow, in hexes across (centre to centre of touching hexes is 1). */
function seenAlong(from: PlacedHex, to: PlacedHex, direction: ArrowDirection, across: number) {
  const { x, y } = ARROWS[direction];
  const dx = (to.x - from.x) / across;
  const dy = (to.y - from.y) / across;
  const distance = Math.hypot(dx, dy);
  const along = dx * x + dy * y;
  return { distance, along, sideways: Math.abs(dx * y - dy * x), cosine: along / distance, touching: distance < 1.05 };
}

/**
 * Every arrow move over a layout that a person would find odd: one that lands on a hex that does
 * not touch when a touching hex lies that way, that goes more sideways than ahead, or that jumps
 * more than FARTHEST_JUMP hexes; and every key that stays put although a touching hex lies that way.
 */
function oddArrowMoves(fitted: FittedLayout, name: (code: string) => string): string[] {
  const across = SQRT3 * fitted.radius;
  const odd: string[] = [];
  for (const from of fitted.hexes) {
    for (const direction of Object.keys(ARROWS) as ArrowDirection[]) {
      const ahead = fitted.hexes.filter((hex) => hex !== from && seenAlong(from, hex, direction, across).cosine >= COS_60);
      const touchingAhead = ahead.some((hex) => seenAlong(from, hex, direction, across).touching);
      const to = hexInDirection(fitted.hexes, from, direction, fitted.radius);
      const move = `${name(from.code)} ${direction} → ${to === undefined ? 'stays' : name(to.code)}`;
      if (to === undefined) {
        if (touchingAhead) odd.push(`${move}, though a touching hex lies that way`);
        continue;
      }
      const seen = seenAlong(from, to, direction, across);
      const how = `${seen.distance.toFixed(2)} hexes away, ${((Math.acos(Math.min(1, seen.cosine)) * 180) / Math.PI).toFixed(0)}° off`;
      if (seen.cosine < COS_60) odd.push(`${move}: not that way (${how})`);
      else if (touchingAhead && !seen.touching) odd.push(`${move}: past a touching hex (${how})`);
      else if (!seen.touching && seen.cosine < COS_30) odd.push(`${move}: across a gap, mostly sideways (${how})`);
      else if (seen.along > FARTHEST_JUMP + 1e-3) odd.push(`${move}: too far (${how})`);
    }
  }
  return odd;
}

/** The hexes that arrow keys cannot reach from `start`. */
function unreachable(fitted: FittedLayout, start: PlacedHex): string[] {
  const seen = new Set([start]);
  const queue = [start];
  for (let hex = queue.pop(); hex !== undefined; hex = queue.pop()) {
    for (const direction of Object.keys(ARROWS) as ArrowDirection[]) {
      const next = hexInDirection(fitted.hexes, hex, direction, fitted.radius);
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return fitted.hexes.filter((hex) => !seen.has(hex)).map((hex) => hex.code);
}

/** No two hexes closer than one hex across: nothing overlaps. */
function expectNoOverlap(hexes: readonly PlacedHex[], radius: number): void {
  const across = SQRT3 * radius;
  for (let i = 0; i < hexes.length; i++) {
    for (let j = i + 1; j < hexes.length; j++) {
      expect(distance(hexes[i]!, hexes[j]!), `${hexes[i]!.code} and ${hexes[j]!.code}`).to.be.at.least(across - 0.05);
    }
  }
}

describe('hex layout geometry', () => {
  it('places pixel centres for each layout (radius 1)', () => {
    // odd-r: odd rows shifted half a hex right; even-r: even rows.
    expect(hexCentre(0, 0, 'odd-r')).to.deep.equal({ x: 0, y: 0 });
    expect(hexCentre(0, 1, 'odd-r')).to.deep.equal({ x: SQRT3 / 2, y: 1.5 });
    expect(hexCentre(0, 1, 'even-r')).to.deep.equal({ x: 0, y: 1.5 });
    expect(hexCentre(0, 0, 'even-r')).to.deep.equal({ x: SQRT3 / 2, y: 0 });
    // odd-q: odd columns shifted half a hex down; even-q: even columns.
    expect(hexCentre(1, 0, 'odd-q')).to.deep.equal({ x: 1.5, y: SQRT3 / 2 });
    expect(hexCentre(1, 0, 'even-q')).to.deep.equal({ x: 1.5, y: 0 });
    expect(hexCentre(0, 0, 'even-q')).to.deep.equal({ x: 0, y: SQRT3 / 2 });
    // Negative coordinates keep their parity: row -1 is odd.
    expect(hexCentre(0, -1, 'odd-r').x).to.equal(SQRT3 / 2);
  });

  for (const kind of KINDS) {
    it(`${kind}: the six neighbours touch, and touching is mutual`, () => {
      for (let q = -3; q <= 3; q++) {
        for (let r = -3; r <= 3; r++) {
          const here = hexCentre(q, r, kind);
          const neighbours = hexNeighbours(q, r, kind);
          expect(new Set(neighbours.map(key)).size).to.equal(6);
          for (const next of neighbours) {
            expect(distance(here, hexCentre(next.q, next.r, kind)), `${kind} (${q},${r})→(${next.q},${next.r})`).to.be.closeTo(SQRT3, 1e-9);
            expect(hexNeighbours(next.q, next.r, kind).map(key)).to.include(key({ q, r }));
          }
        }
      }
    });
  }

  it('lists the textbook neighbours of odd-r and even-q cells', () => {
    expect(hexNeighbours(2, 1, 'odd-r').map(key).sort()).to.deep.equal(['1,1', '2,0', '2,2', '3,0', '3,1', '3,2']);
    expect(hexNeighbours(2, 2, 'odd-r').map(key).sort()).to.deep.equal(['1,1', '1,2', '1,3', '2,1', '2,3', '3,2']);
    expect(hexNeighbours(1, 1, 'even-q').map(key).sort()).to.deep.equal(['0,0', '0,1', '1,0', '1,2', '2,0', '2,1']);
  });

  it('fits any layout to its box with regular hexes, whatever the coordinates start at', () => {
    for (const kind of KINDS) {
      const grid: HexGrid = { layout: kind, hexes: { A: { q: -5, r: 7 }, B: { q: -4, r: 7 }, C: { q: -5, r: 8 }, D: { q: -3, r: 9 } } };
      const fitted = fitLayout(grid, { width: 300, height: 120, padding: 4 });
      expect(fitted.width).to.be.at.most(300.01);
      expect(fitted.height).to.be.at.most(120.01);
      // Touches the box one way; regular hexes: each edge is one radius long.
      expect(Math.max(fitted.width / 300, fitted.height / 120)).to.be.closeTo(1, 0.01);
      for (const hex of fitted.hexes) {
        const corners = [...hex.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
        expect(corners).to.have.length(6);
        for (let i = 0; i < 6; i++) expect(distance(corners[i]!, corners[(i + 1) % 6]!)).to.be.closeTo(fitted.radius, 0.02);
        expect(hex.x).to.be.within(0, fitted.width);
        expect(hex.y).to.be.within(0, fitted.height);
      }
      expectNoOverlap(fitted.hexes, fitted.radius);
    }
  });

  it('reports codes missing from the layout, codes not asked for, and codes sharing a cell', () => {
    const grid: HexGrid = { layout: 'odd-r', hexes: { A: { q: 0, r: 0 }, B: { q: 1, r: 0 }, C: { q: 1, r: 0 }, X: { q: 4, r: 4 } } };
    const fitted = fitLayout(grid, { width: 100, height: 100, codes: ['A', 'B', 'C', 'M'] });
    expect(fitted.hexes.map((hex) => hex.code)).to.deep.equal(['A', 'B']);
    expect(fitted.missingFromLayout).to.deep.equal(['M']);
    expect(fitted.notAsked).to.deep.equal(['X']);
    expect(fitted.overlapping).to.deep.equal(['C']);
    expect(fitLayout(grid, { width: 100, height: 100, codes: [] }).hexes).to.deep.equal([]);
  });

  it('draws rows growing upwards as HexJSON says (north has the larger r), or downwards when asked', () => {
    const grid: HexGrid = { layout: 'odd-r', hexes: { N: { q: 0, r: 5 }, S: { q: 0, r: 0 } } };
    const down = fitLayout(grid, { width: 100, height: 100, rows: 'down' });
    const up = fitLayout(grid, { width: 100, height: 100 });
    const y = (fitted: typeof down, code: string) => fitted.hexes.find((hex) => hex.code === code)!.y;
    expect(y(down, 'N')).to.be.greaterThan(y(down, 'S'));
    expect(y(up, 'N')).to.be.lessThan(y(up, 'S'));
  });

  it('moves by arrow key to the touching neighbour, and across gaps', () => {
    const grid: HexGrid = { layout: 'odd-r', hexes: { A: { q: 0, r: 0 }, B: { q: 1, r: 0 }, C: { q: 0, r: 1 }, F: { q: 5, r: 0 } } };
    const fitted = fitLayout(grid, { width: 400, height: 200, rows: 'down' });
    const at = (code: string) => fitted.hexes.find((hex) => hex.code === code)!;
    const go = (code: string, direction: 'left' | 'right' | 'up' | 'down') => hexInDirection(fitted.hexes, at(code), direction, fitted.radius)?.code;
    expect(go('A', 'right')).to.equal('B');
    expect(go('B', 'left')).to.equal('A');
    expect(go('A', 'down')).to.equal('C');
    expect(go('C', 'up')).to.equal('A');
    expect(go('B', 'right')).to.equal('F');
    expect(go('A', 'up')).to.equal(undefined);
  });

  for (const [name, count] of [
    ['uk-upper-tier-local-authorities', 151],
    ['uk-local-authority-districts-2023', 361],
  ] as const) {
    it(`draws the real ${count}-hex layout (${name}) without overlaps, up or down`, async () => {
      const grid = await sharedLayout(name);
      for (const rows of ['down', 'up'] as const) {
        const fitted = fitLayout(grid, { width: 640, height: 640, padding: 6, rows });
        expect(fitted.hexes).to.have.length(count);
        expect(fitted.overlapping).to.deep.equal([]);
        expectNoOverlap(fitted.hexes, fitted.radius);
      }
    });
  }

  it('draws the real upper-tier layout with north at the top: Northumberland above Cornwall, Cornwall west of Kent', async () => {
    const fitted = fitLayout(await sharedLayout('uk-upper-tier-local-authorities'), { width: 640, height: 640 });
    const at = (code: string) => fitted.hexes.find((hex) => hex.code === code)!;
    expect(at('E06000057').y, 'Northumberland above Cornwall').to.be.lessThan(at('E06000052').y);
    expect(at('E06000052').x, 'Cornwall west of Kent').to.be.lessThan(at('E10000016').x);
  });

  for (const name of ['uk-upper-tier-local-authorities', 'uk-local-authority-districts-2023'] as const) {
    it(`arrow keys over the real ${name} layout go to a touching hex that way, else at most ${FARTHEST_JUMP} hexes on and mostly ahead, else stay`, async () => {
      const grid = (await sharedLayout(name)) as HexGrid & { hexes: Record<string, { n?: string }> };
      const named = (code: string) => grid.hexes[code]?.n ?? code;
      for (const rows of ['up', 'down'] as const) {
        const fitted = fitLayout(grid, { width: 640, height: 640, padding: 6, rows });
        expect(oddArrowMoves(fitted, named), `rows ${rows}`).to.deep.equal([]);
        // Islands and holes trap nobody: from the first hex (and so from any), every hex is reached.
        expect(unreachable(fitted, fitted.hexes[0]!), `rows ${rows}`).to.deep.equal([]);
      }
    });
  }

  it('arrow keys over the sample feed’s authority layout: none odd, none trapped; Cornwall’s Down stays rather than jump to the Isle of Wight', async () => {
    const { grid, codes, names } = await sampleLayout('authority');
    const fitted = fitLayout(grid, { width: 640, height: 640, padding: 6, codes });
    expect(oddArrowMoves(fitted, (code) => names.get(code) ?? code)).to.deep.equal([]);
    expect(unreachable(fitted, fitted.hexes[0]!)).to.deep.equal([]);
    const at = (code: string) => fitted.hexes.find((hex) => hex.code === code)!;
    const go = (code: string, direction: ArrowDirection) => hexInDirection(fitted.hexes, at(code), direction, fitted.radius)?.code;
    const CORNWALL = 'E06000052';
    expect(go(CORNWALL, 'down'), 'nothing lies below Cornwall but the sea').to.equal(undefined);
    expect(go(CORNWALL, 'left'), 'west of Cornwall: the Isles of Scilly').to.equal('E06000053');
  });

  it('on the real upper-tier layout, Left from Cornwall goes to the Isles of Scilly and Down to Plymouth, never the Isle of Wight', async () => {
    const fitted = fitLayout(await sharedLayout('uk-upper-tier-local-authorities'), { width: 640, height: 640, padding: 6 });
    const at = (code: string) => fitted.hexes.find((hex) => hex.code === code)!;
    const go = (code: string, direction: ArrowDirection) => hexInDirection(fitted.hexes, at(code), direction, fitted.radius)?.code;
    expect(go('E06000052', 'left')).to.equal('E06000053');
    expect(go('E06000052', 'down')).to.equal('E06000026');
    // The Isle of Wight is reached from the coast across the Solent, not from London.
    expect(go('E10000014', 'down'), 'Hampshire down').to.equal('E06000046');
    expect(go('E09000029', 'down'), 'Sutton down').to.not.equal('E06000046');
  });

  it('draws the sample feed’s own region and authority layouts without overlaps', async () => {
    const areas = (await (await fetch(`${TEST_FEED}areas.json`)).json()) as { areas: { code: string; level: string }[]; layouts: Record<string, HexGrid> };
    for (const level of ['region', 'authority'] as const) {
      const codes = areas.areas.filter((area) => area.level === level).map((area) => area.code);
      const fitted = fitLayout(areas.layouts[level]!, { width: 640, height: 640, codes });
      expect(fitted.hexes.length, level).to.equal(codes.length);
      expect(fitted.missingFromLayout, level).to.deep.equal([]);
      expectNoOverlap(fitted.hexes, fitted.radius);
    }
  });
});
