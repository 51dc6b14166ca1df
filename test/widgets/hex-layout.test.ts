import { expect } from '@open-wc/testing';
import {
  fitLayout,
  hexCentre,
  hexInDirection,
  hexNeighbours,
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
