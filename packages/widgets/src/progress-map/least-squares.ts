// The line of best fit for the double map's scatter plot, and Pearson's r.

export interface BestFit {
  slope: number;
  intercept: number;
  /** Pearson's correlation coefficient, -1 to 1. */
  r: number;
  /** How many pairs it rests on. */
  n: number;
}

/** Ordinary least squares of y on x; undefined with fewer than two pairs or when x or y never varies. */
export function leastSquares(points: readonly { x: number; y: number }[]): BestFit | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const { x, y } of points) {
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  if (sxx === 0 || syy === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, r: sxy / Math.sqrt(sxx * syy), n };
}
