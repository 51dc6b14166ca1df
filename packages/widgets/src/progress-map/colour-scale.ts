// Colour by value: quantile classes, a colour-blind-safe sequential ramp, turned by polarity so that
// "better" always reads the same way (the darkest class is the best), and a distinct "no data".
import type { Polarity } from '@c4eo/feed';

/**
 * The ramp, light to dark, of this project's choosing: evenly spaced in lightness along a
 * yellow–green–blue–purple path (the viridis idea), so it reads in order for the common colour
 * vision deficiencies and in greyscale. Each class differs from the next in lightness.
 */
export const SEQUENTIAL_RAMP = ['#fbe74a', '#b6dd4c', '#6cc46c', '#2ea58a', '#23818e', '#2f5f8c', '#3c3a82', '#3b1660'] as const;

/** Picks `count` colours (2 to 8) spread across the ramp, light to dark. */
export function rampColours(count: number): string[] {
  const classes = Math.min(SEQUENTIAL_RAMP.length, Math.max(2, Math.trunc(count)));
  return Array.from({ length: classes }, (_, i) => SEQUENTIAL_RAMP[Math.round((i * (SEQUENTIAL_RAMP.length - 1)) / (classes - 1))]!);
}

/**
 * Quantile class breaks: `classes - 1` thresholds that cut the sorted values into groups of about
 * equal size. Repeated thresholds (many equal values) collapse, so there may be fewer classes.
 * So does a threshold with no value between it and the one before: with ties (4 regions at 1, 5
 * at 2), two thresholds can fall between the same two values (1.2 and 2), and the class between
 * them would hold no area yet show in the legend ("1.2 to 2" beside "2").
 */
export function quantileBreaks(values: readonly (number | null)[], classes = 5): number[] {
  const sorted = values.filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    // The value at the i/classes quantile (linear interpolation between order statistics).
    const position = (i / classes) * (sorted.length - 1);
    const low = sorted[Math.floor(position)]!;
    const high = sorted[Math.ceil(position)]!;
    const threshold = low + (high - low) * (position - Math.floor(position));
    const below = breaks.at(-1) ?? Number.NEGATIVE_INFINITY;
    const classBelowHasValues = sorted.some((value) => value >= below && value < threshold);
    if (threshold <= sorted[sorted.length - 1]! && classBelowHasValues) breaks.push(threshold);
  }
  return breaks;
}

/** Which class (0 = lowest values) a value falls in; a value on a threshold goes up. */
export function classOf(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value >= breaks[index]!) index++;
  return index;
}

export interface ValueClass {
  /** The smallest and largest value in the class. */
  from: number;
  to: number;
  colour: string;
  /** The class's colour is dark enough that text on it must be light. */
  dark: boolean;
}

export interface ColourScale {
  classes: ValueClass[];
  breaks: number[];
  /** `better` is which end is better: the dark end always is, whichever way the values run. */
  polarity: Polarity;
  colourOf(value: number | null): string | undefined;
  classIndexOf(value: number | null): number | undefined;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The scale for one period's values. Higher-is-better: high values dark. Lower-is-better: the ramp
 * turns, so low values are dark. Neutral: high values dark, as magnitude.
 */
export function colourScale(values: readonly (number | null)[], polarity: Polarity, requestedClasses = 5): ColourScale {
  const breaks = quantileBreaks(values, requestedClasses);
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const count = present.length === 0 ? 0 : breaks.length + 1;
  const ramp = count === 0 ? [] : count === 1 ? [SEQUENTIAL_RAMP[3]] : rampColours(count);
  const colours = polarity === 'lower-is-better' ? [...ramp].reverse() : ramp;
  const classes: ValueClass[] = [];
  for (let i = 0; i < count; i++) {
    const members = present.filter((value) => classOf(value, breaks) === i);
    const colour = colours[i]!;
    classes.push({
      from: members.length ? Math.min(...members) : breaks[i - 1] ?? 0,
      to: members.length ? Math.max(...members) : breaks[i] ?? 0,
      colour,
      dark: contrastRatio(colour, '#ffffff') > contrastRatio(colour, '#0b0c0c'),
    });
  }
  const classIndexOf = (value: number | null) => (value === null || !Number.isFinite(value) || count === 0 ? undefined : classOf(value, breaks));
  return {
    classes,
    breaks,
    polarity,
    classIndexOf,
    colourOf: (value) => {
      const index = classIndexOf(value);
      return index === undefined ? undefined : classes[index]?.colour;
    },
  };
}
