import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bulletOptions } from './bullets';
import { heatmapOptions } from './heatmap';
import { stackedBarsOptions } from './stackedBars';
import { trendOptions } from './trend';
import { cooccurrenceOptions, wordBarsOptions } from './words';

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
const render = (o: Plot.PlotOptions) => (Plot.plot({ ...o, document }) as unknown as Element).outerHTML;

const lanes = [
  { key: 'citizen', label: '市民', colour: '#c2410c' },
  { key: 'city', label: '市', colour: '#1d4ed8' },
];
const cells = [
  { district: '中央地区', lane: 'citizen', count: 12, hidden: false },
  { district: '中央地区', lane: 'city', count: 3, hidden: true },
  { district: '東地区', lane: 'citizen', count: 7, hidden: true },
  { district: '東地区', lane: 'city', count: 9, hidden: false },
];
const order = ['中央地区', '東地区'];

describe('charts render to stable SVG with Japanese labels', () => {
  it('stacked bars leave suppressed cells out', () => {
    const svg = render(stackedBarsOptions(cells, lanes, order, { x: '意見数', y: '地区', lane: '役割' }));
    expect(svg).toContain('意見数');
    expect(svg).toMatchSnapshot();
  });
  it('heat map marks suppressed cells with ＊', () => {
    const svg = render(heatmapOptions(cells, lanes, order, { x: '役割', y: '地区', value: '意見数' }, false));
    expect(svg.match(/＊/g)).toHaveLength(2);
    expect(svg).toMatchSnapshot();
  });
  it('trend and bullets', () => {
    const trend = render(
      trendOptions(
        [
          { period: '2024年度', series: '出前講座', value: 20 },
          { period: '2025年度', series: '出前講座', value: 50 },
        ],
        { x: '年度', y: '参加者数', series: '種別' },
      ),
    );
    expect(trend).toMatchSnapshot();
    const bullets = render(
      bulletOptions(
        [
          {
            label: '出前講座の開催回数（市全体）',
            actual: 3,
            target: 4,
            ratio: 0.75,
            status: 'behind',
            hidden: false,
          },
        ],
        {
          x: '目標に対する割合（%）',
        },
      ),
    );
    expect(bullets).toContain('75%');
    expect(bullets).toMatchSnapshot();
  });
  it('a suppressed trend point is neither drawn nor scaled to', () => {
    const svg = render(
      trendOptions(
        [
          { period: '2025-04', series: 'サロン', value: 120 },
          { period: '2025-05', series: 'サロン', value: null, hidden: true },
          { period: '2025-06', series: 'サロン', value: 90 },
        ],
        { x: '月', y: '参加者数', series: '種別' },
      ),
    );
    // Two dots, not three: the hidden month has none, and the line breaks there.
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toMatchSnapshot();
  });
  it('word bars', () => {
    const svg = render(
      wordBarsOptions(
        [
          { word: '見守り', count: 12 },
          { word: 'サロン', count: 7 },
        ],
        { x: '回数' },
      ),
    );
    expect(svg).toContain('見守り');
    expect(svg).toMatchSnapshot();
  });
  it('word pairs: with every shown pair 0, zeros get the palest colour and hidden pairs ＊', () => {
    const pairs = [
      { a: '見守り', b: '見守り', count: 0 },
      { a: '見守り', b: 'サロン', count: 3, hidden: true },
      { a: 'サロン', b: '見守り', count: 3, hidden: true },
      { a: 'サロン', b: 'サロン', count: 0 },
    ];
    const options = cooccurrenceOptions(pairs, false);
    expect(options.color?.domain).toEqual([0, 1]);
    const svg = render(options);
    expect(svg.match(/＊/g)).toHaveLength(2);
    expect(svg).not.toContain('>3<');
    expect(svg).toMatchSnapshot();
  });
});
