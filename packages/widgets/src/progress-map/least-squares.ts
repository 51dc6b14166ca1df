// The line of best fit for the double map's scatter plot, and Pearson's r.

export interface BestFit {
  slope: number;
  intercept: number;
  /** Pearson's correlation coefficient, -1 to 1. */
  r: number;
  /** How many pairs it rests on. */
  n: number;
}

/** The largest size of the figures, or 1 when all are 0: dividing by it brings them into -1 to 1. */
function scaleOf(values: readonly number[]): number {
  return values.reduce((largest, value) => Math.max(largest, Math.abs(value)), 0) || 1;
}

/**
 * Ordinary least squares of y on x; undefined with fewer than two pairs or when x or y never varies.
 * The sums are taken on figures scaled into -1 to 1: figures of 1e200 (valid in the feed) square
 * to Infinity, which made r NaN. Scaling leaves r as it is; the slope and intercept scale back.
 */
export function leastSquares(points: readonly { x: number; y: number }[]): BestFit | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const scaleX = scaleOf(points.map((point) => point.x));
  const scaleY = scaleOf(points.map((point) => point.y));
  const meanX = points.reduce((sum, point) => sum + point.x / scaleX, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y / scaleY, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const point of points) {
    const x = point.x / scaleX - meanX;
    const y = point.y / scaleY - meanY;
    sxx += x ** 2;
    syy += y ** 2;
    sxy += x * y;
  }
  if (sxx === 0 || syy === 0) return undefined;
  const slope = (sxy / sxx) * (scaleY / scaleX);
  return { slope, intercept: meanY * scaleY - slope * meanX * scaleX, r: sxy / Math.sqrt(sxx * syy), n };
}
