import { AUTHORITIES, ENGLAND, REGIONS } from './areas-data.js';
import type { RegionRecord } from './areas-data.js';

export type AuthorityType = 'unitary' | 'metropolitan' | 'london-borough' | 'county' | 'other';

export interface SampleArea {
  code: string;
  name: string;
  level: 'country' | 'region' | 'authority';
  parent?: string;
  type?: AuthorityType;
}

export interface HexPosition {
  q: number;
  r: number;
}

export interface HexLayout {
  layout: 'odd-r';
  hexes: Record<string, HexPosition>;
}

/** One authority with what the generators need: its region and rough position. */
export interface AuthorityRecord {
  readonly code: string;
  readonly name: string;
  readonly region: RegionRecord;
  readonly type: AuthorityType;
  readonly lat: number;
  readonly lon: number;
}

export function authorityType(code: string): AuthorityType {
  switch (code.slice(0, 3)) {
    case 'E06':
      return 'unitary';
    case 'E08':
      return 'metropolitan';
    case 'E09':
      return 'london-borough';
    case 'E10':
      return 'county';
    default:
      return 'other';
  }
}

export const AUTHORITY_RECORDS: readonly AuthorityRecord[] = AUTHORITIES.map(([code, name, region, lat, lon]) => {
  const record = REGIONS[region - 1];
  if (!record) throw new RangeError(`No region ${region} for ${code}`);
  return { code, name, region: record, type: authorityType(code), lat, lon };
});

/** England, then the regions, then the authorities, each authority's parent its region. */
export function sampleAreas(): SampleArea[] {
  return [
    { code: ENGLAND.code, name: ENGLAND.name, level: 'country' },
    ...REGIONS.map((region): SampleArea => ({ code: region.code, name: region.name, level: 'region', parent: ENGLAND.code })),
    ...AUTHORITY_RECORDS.map(
      (authority): SampleArea => ({
        code: authority.code,
        name: authority.name,
        level: 'authority',
        parent: authority.region.code,
        type: authority.type,
      }),
    ),
  ];
}

/**
 * The regions' tile map, drawn by hand: north at the top, rows growing southwards as on a page
 * (sampleLayouts turns them to HexJSON's northward rows), odd rows shifted half a hex to the east.
 */
const REGION_HEXES: Readonly<Record<string, HexPosition>> = {
  E12000001: { q: 2, r: 0 }, // North East
  E12000002: { q: 1, r: 1 }, // North West
  E12000003: { q: 2, r: 1 }, // Yorkshire and The Humber
  E12000005: { q: 1, r: 2 }, // West Midlands
  E12000004: { q: 2, r: 2 }, // East Midlands
  E12000006: { q: 3, r: 2 }, // East of England
  E12000009: { q: 0, r: 3 }, // South West
  E12000008: { q: 1, r: 3 }, // South East
  E12000007: { q: 2, r: 3 }, // London
};

/**
 * Where each region's cluster of authorities is centred on the authority map, as a column and a
 * (fractional) row, chosen by eye so that the clusters sit roughly where the regions are. The
 * order is the order in which the clusters claim hexes: dense London first.
 */
const REGION_ANCHORS: readonly { code: string; x: number; r: number }[] = [
  { code: 'E12000007', x: 12.5, r: 14 }, // London
  { code: 'E12000001', x: 8.5, r: 1.5 }, // North East
  { code: 'E12000002', x: 5.5, r: 5.5 }, // North West
  { code: 'E12000003', x: 10, r: 5 }, // Yorkshire and The Humber
  { code: 'E12000004', x: 10, r: 9.5 }, // East Midlands
  { code: 'E12000005', x: 6.5, r: 10 }, // West Midlands
  { code: 'E12000006', x: 14, r: 10 }, // East of England
  { code: 'E12000008', x: 10, r: 17.5 }, // South East
  { code: 'E12000009', x: 5, r: 15.5 }, // South West
];

const ROW_HEIGHT = Math.sqrt(3) / 2;

/** The centre of hex (q, r) in an odd-r layout, in units of one hex's width. */
function hexCentre(q: number, r: number): { x: number; y: number } {
  return { x: q + ((r & 1) === 1 ? 0.5 : 0), y: r * ROW_HEIGHT };
}

/**
 * The authorities' tile map, of this project's own making. Each region claims, around its anchor,
 * as many free hexes as it has authorities (a compact blob, so no two codes share a hex); then its
 * authorities fill the blob by rough geography: sorted north to south and cut into the blob's rows,
 * each row filled west to east.
 */
function authorityHexes(): Record<string, HexPosition> {
  const taken = new Set<string>();
  const hexes: Record<string, HexPosition> = {};
  for (const anchor of REGION_ANCHORS) {
    const members = AUTHORITY_RECORDS.filter((authority) => authority.region.code === anchor.code);
    const blob = claimBlob(anchor.x, anchor.r * ROW_HEIGHT, members.length, taken);
    const rows = new Map<number, HexPosition[]>();
    for (const hex of blob) rows.set(hex.r, [...(rows.get(hex.r) ?? []), hex]);
    const northToSouth = [...members].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
    let next = 0;
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const row = (rows.get(r) ?? []).sort((a, b) => a.q - b.q);
      const westToEast = northToSouth.slice(next, next + row.length).sort((a, b) => a.lon - b.lon);
      next += row.length;
      westToEast.forEach((authority, index) => {
        const hex = row[index];
        if (hex) hexes[authority.code] = hex;
      });
    }
  }
  return normalise(hexes);
}

/** The `count` free hexes nearest to (x, y), marked as taken. */
function claimBlob(x: number, y: number, count: number, taken: Set<string>): HexPosition[] {
  const r0 = Math.round(y / ROW_HEIGHT);
  const q0 = Math.round(x);
  const reach = Math.ceil(Math.sqrt(count)) + 6;
  const candidates: { hex: HexPosition; distance: number }[] = [];
  for (let r = r0 - reach; r <= r0 + reach; r++) {
    for (let q = q0 - reach; q <= q0 + reach; q++) {
      if (taken.has(`${q},${r}`)) continue;
      const centre = hexCentre(q, r);
      const dx = centre.x - x;
      const dy = centre.y - y;
      // Squared distance, in plain arithmetic so that every engine orders the hexes alike.
      candidates.push({ hex: { q, r }, distance: dx * dx + dy * dy });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.hex.r - b.hex.r || a.hex.q - b.hex.q);
  const blob = candidates.slice(0, count).map((candidate) => candidate.hex);
  for (const hex of blob) taken.add(`${hex.q},${hex.r}`);
  return blob;
}

/** Shifts the map so that it starts at column 0 and row 0 or 1, keeping each row's parity (odd-r). */
function normalise(hexes: Record<string, HexPosition>): Record<string, HexPosition> {
  const positions = Object.values(hexes);
  const minQ = Math.min(...positions.map((h) => h.q));
  const minR = Math.min(...positions.map((h) => h.r));
  const shiftR = minR - (((minR % 2) + 2) % 2);
  const result: Record<string, HexPosition> = {};
  for (const code of Object.keys(hexes).sort()) {
    const hex = hexes[code];
    if (hex) result[code] = { q: hex.q - minQ, r: hex.r - shiftR };
  }
  return result;
}

/** The `layouts` of areas.json. */
export function sampleLayouts(): { region: HexLayout; authority: HexLayout } {
  return {
    region: { layout: 'odd-r', hexes: northUp(REGION_HEXES) },
    authority: { layout: 'odd-r', hexes: northUp(authorityHexes()) },
  };
}

/**
 * The maps above are drawn with rows growing southwards, as one reads a page; HexJSON's rows grow
 * northwards (r increases upwards). Negating r turns them the right way up and keeps each row's
 * parity, so odd rows stay the shifted ones.
 */
function northUp(hexes: Readonly<Record<string, HexPosition>>): Record<string, HexPosition> {
  return Object.fromEntries(Object.entries(hexes).map(([code, { q, r }]) => [code, { q, r: r === 0 ? 0 : -r }]));
}
