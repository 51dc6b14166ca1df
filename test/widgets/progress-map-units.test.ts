// The progress map's pure modules: formatting, colour classes and polarity, ranks, table order,
// the line of best fit and the charts' text alternatives.
import { expect } from '@open-wc/testing';
import { formatValue, formatValueWithNote } from '../../packages/widgets/src/progress-map/format-value.js';
import { classOf, colourScale, contrastRatio, quantileBreaks, SEQUENTIAL_RAMP } from '../../packages/widgets/src/progress-map/colour-scale.js';
import { leastSquares } from '../../packages/widgets/src/progress-map/least-squares.js';
import { periodIndex, rankValues, sortRows, type AreaFigures } from '../../packages/widgets/src/progress-map/map-model.js';
import { axisTitleLines, correlationWords, describeLineChart, scatterSpec, describeScatterChart } from '../../packages/widgets/src/progress-map/chart-specs.js';

describe('progress map: formatting', () => {
  it('formats each unit with its decimals, en-GB', () => {
    expect(formatValue(45.12, 'percent', 1)).to.equal('45.1%');
    expect(formatValue(45, 'percent', 1)).to.equal('45.0%');
    expect(formatValue(12.345, 'per-10000', 1)).to.equal('12.3 per 10,000');
    expect(formatValue(12345, 'count', 0)).to.equal('12,345');
    expect(formatValue(22.44, 'score', 1)).to.equal('22.4');
    expect(formatValue(3.5, 'months', 1)).to.equal('3.5 months');
    expect(formatValue(1, 'months', 0)).to.equal('1 month');
    expect(formatValue(1.254, 'ratio', 2)).to.equal('1.25');
    expect(formatValue(-0.01, 'score', 1)).to.equal('0.0');
  });

  it('reads null as "No data", never 0, with the note when there is one', () => {
    expect(formatValue(null, 'percent', 1)).to.equal('No data');
    expect(formatValue(0, 'percent', 1)).to.equal('0.0%');
    expect(formatValueWithNote(null, 'count', 0, 'Suppressed: fewer than 5 children')).to.equal('No data (Suppressed: fewer than 5 children)');
    expect(formatValueWithNote(7, 'count', 0, 'Provisional')).to.equal('7');
  });
});

describe('progress map: colour classes', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('cuts quantile classes of about equal size, five by default', () => {
    const breaks = quantileBreaks(values);
    expect(breaks).to.have.length(4);
    const sizes = [0, 0, 0, 0, 0];
    for (const value of values) sizes[classOf(value, breaks)]!++;
    expect(sizes).to.deep.equal([2, 2, 2, 2, 2]);
  });

  it('leaves nulls out of the classes and collapses repeated thresholds', () => {
    const scale = colourScale([5, 5, 5, 5, null, 5], 'higher-is-better');
    expect(scale.classes).to.have.length(1);
    expect(scale.colourOf(null)).to.equal(undefined);
    expect(scale.classIndexOf(5)).to.equal(0);
    expect(colourScale([null, null], 'neutral').classes).to.deep.equal([]);
  });

  it('turns the ramp by polarity: the best values are always the darkest', () => {
    const higher = colourScale(values, 'higher-is-better');
    const lower = colourScale(values, 'lower-is-better');
    const darkest = SEQUENTIAL_RAMP.at(-1);
    expect(higher.colourOf(10)).to.equal(darkest);
    expect(lower.colourOf(1)).to.equal(darkest);
    expect(lower.colourOf(10)).to.equal(higher.colourOf(1));
    expect(colourScale(values, 'neutral').colourOf(10)).to.equal(darkest);
  });

  it('leaves no class empty: two thresholds between the same two values (ties) make one class', () => {
    // Nine regions, four at 1 and five at 2: the 40% and 60% quantiles fall at 1.2 and 2, and a
    // class from 1.2 to 2 would hold no region, yet show in the legend as "1.2 to 2" beside "2".
    const values = [1, 2, 1, 2, 1, 2, 1, 2, 2];
    const scale = colourScale(values, 'higher-is-better');
    const sizes = scale.classes.map((_, index) => values.filter((value) => scale.classIndexOf(value) === index).length);
    expect(sizes).to.deep.equal([4, 5]);
    expect(scale.classes.map((entry) => [entry.from, entry.to])).to.deep.equal([[1, 1], [2, 2]]);
  });

  it('gives legend bounds that cover every value', () => {
    const scale = colourScale([3.2, 9.9, 1.1, 7.5, 4.4, null, 6.1], 'higher-is-better', 3);
    expect(scale.classes[0]!.from).to.equal(1.1);
    expect(scale.classes.at(-1)!.to).to.equal(9.9);
  });

  it('keeps each class distinct in lightness, for colour-blind and greyscale reading', () => {
    for (let i = 1; i < SEQUENTIAL_RAMP.length; i++) {
      expect(contrastRatio(SEQUENTIAL_RAMP[i - 1]!, SEQUENTIAL_RAMP[i]!), `${SEQUENTIAL_RAMP[i - 1]} → ${SEQUENTIAL_RAMP[i]}`).to.be.greaterThan(1.15);
    }
  });
});

describe('progress map: ranks, periods and table order', () => {
  it('ranks best first by polarity, ties sharing a rank, no data unranked', () => {
    const values = new Map<string, number | null>([['a', 10], ['b', 30], ['c', 30], ['d', null], ['e', 5]]);
    expect([...rankValues(values, 'higher-is-better')]).to.deep.equal([['b', 1], ['c', 1], ['a', 3], ['e', 4]]);
    expect(rankValues(values, 'lower-is-better').get('e')).to.equal(1);
    expect(rankValues(values, 'lower-is-better').has('d')).to.equal(false);
  });

  it('picks the asked period, else the latest', () => {
    expect(periodIndex(['2008', '2009', '2010'], '2009')).to.equal(1);
    expect(periodIndex(['2008', '2009', '2010'], undefined)).to.equal(2);
    expect(periodIndex(['2008', '2009', '2010'], '1999')).to.equal(2);
  });

  it('sorts rows by a column either way, no data last', () => {
    const row = (name: string, value: number | null, rank?: number): AreaFigures => ({
      area: { code: `E0600000${name.length}`, name, level: 'authority' },
      region: undefined,
      value,
      note: undefined,
      rank,
      values: [value],
    });
    const rows = [row('Bristol', 3, 2), row('Ashford', null), row('Cheshire', 9, 1)];
    const names = (sorted: AreaFigures[]) => sorted.map((r) => r.area.name);
    expect(names(sortRows(rows, { column: 'area', direction: 'ascending' }))).to.deep.equal(['Ashford', 'Bristol', 'Cheshire']);
    expect(names(sortRows(rows, { column: 'period-0', direction: 'descending' }))).to.deep.equal(['Cheshire', 'Bristol', 'Ashford']);
    expect(names(sortRows(rows, { column: 'period-0', direction: 'ascending' }))).to.deep.equal(['Bristol', 'Cheshire', 'Ashford']);
    expect(names(sortRows(rows, { column: 'rank', direction: 'ascending' }))).to.deep.equal(['Cheshire', 'Bristol', 'Ashford']);
  });
});

describe('progress map: line of best fit and chart text', () => {
  it('fits y = 2x + 1 exactly, r = 1', () => {
    const fit = leastSquares([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])!;
    expect(fit.slope).to.be.closeTo(2, 1e-12);
    expect(fit.intercept).to.be.closeTo(1, 1e-12);
    expect(fit.r).to.be.closeTo(1, 1e-12);
  });

  it('matches a worked example and refuses degenerate data', () => {
    const fit = leastSquares([{ x: 1, y: 2 }, { x: 2, y: 1 }, { x: 3, y: 4 }, { x: 4, y: 3 }])!;
    expect(fit.slope).to.be.closeTo(0.6, 1e-12);
    expect(fit.intercept).to.be.closeTo(1, 1e-12);
    expect(fit.r).to.be.closeTo(0.6, 1e-12);
    expect(leastSquares([{ x: 1, y: 1 }])).to.equal(undefined);
    expect(leastSquares([{ x: 1, y: 1 }, { x: 1, y: 2 }])).to.equal(undefined);
  });

  it('words the charts for people who cannot see them', () => {
    const text = describeLineChart({
      kind: 'line',
      title: 'Reach',
      labels: ['2008', '2009', '2010'],
      series: [
        { label: 'Bath', values: [null, 40, 42.5], role: 'area' },
        { label: 'England', values: [null, null, null], role: 'country' },
      ],
      unit: 'percent',
      decimals: 1,
      yTitle: 'Per cent',
    });
    expect(text).to.equal('Reach. Bath: from 40.0% in 2009 to 42.5% in 2010; England: no data.');
    const bars = describeLineChart({
      kind: 'bar',
      title: 'Reach, 2010',
      labels: ['2010'],
      series: [
        { label: 'Bath', values: [42.5], role: 'area' },
        { label: 'England', values: [40], role: 'country' },
      ],
      unit: 'percent',
      decimals: 1,
      yTitle: 'Per cent',
    });
    expect(bars, 'the period once').to.equal('Reach, 2010: Bath 42.5%; England 40.0%.');
    expect(correlationWords(-0.8)).to.equal('a strong negative relationship');
    const spec = scatterSpec('X against Y', [{ code: 'E06000001', name: 'A', x: 1, y: 2, selected: true }, { code: 'E06000002', name: 'B', x: 2, y: 4, selected: false }], { title: ['X'], unit: 'percent', decimals: 0 }, { title: ['Y'], unit: 'count', decimals: 0 });
    expect(describeScatterChart(spec)).to.equal('X against Y: 2 areas with both figures. Line of best fit: r = 1.00, a strong positive relationship. A: 1% and 2.');
    // Axis titles in lines that fit beside the scatter plot, the unit ending the last.
    expect(axisTitleLines('Reach', 'per cent')).to.deep.equal(['Reach (per cent)']);
    expect(axisTitleLines('Children achieving a good level of development at age five', 'per cent')).to.deep.equal(['Children achieving a good level of', 'development at age five (per cent)']);
    expect(axisTitleLines('Families with young children in the most deprived areas reached by children’s centres', 'per cent')).to.deep.equal(['Families with young children in the', 'most deprived areas… (per cent)']);
    expect(axisTitleLines('x'.repeat(50), 'count')).to.deep.equal([`${'x'.repeat(35)}…`, '(count)']);
  });
});
