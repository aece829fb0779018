import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { figure } from '../suppress/format';
import { DataTable } from './DataTable';

describe('DataTable', () => {
  it('prints formatted figures and ＊ from the same cells it exports', () => {
    const html = renderToStaticMarkup(
      createElement(DataTable, {
        caption: '地区別',
        header: ['地区', '件数', '割合'],
        rows: [
          ['中央', figure(1234, false), { text: '75%', value: 75 }],
          ['東', figure(3, true), { text: '－', value: null }],
        ],
        foot: ['計', figure(1237, true), null],
        file: 'x.csv',
      }),
    );
    expect(html).toContain('<caption>地区別</caption>');
    expect(html).toContain('<th scope="row">中央</th><td class="num">1,234</td><td class="num">75%</td>');
    expect(html).toContain('<td class="num">＊</td>');
    expect(html).not.toContain('>3<');
    expect(html).toContain('<tfoot>');
  });
});
