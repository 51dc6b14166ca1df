// For the benches: the median of a list of timings (the mean of the middle two when the count is
// even). A bench prints medians, not means, because one run slowed by another process on this
// shared machine would pull a mean far off.

/** The median of `values` (numbers); NaN when there are none. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
