import iconv from 'iconv-lite';

/** The file name of the Shift_JIS activity CSV, as a planner's Excel would save it. */
export const SJIS_FILE = '活動記録_令和7年度.csv';

/** The three rows a person can recognise in the report: CP932-only characters and full-width digits. */
export const SJIS_ROWS = [
  '令和7年4月12日,中央地区（サンプル）,出前講座,社協,１２,２,㈱さくら商事 髙橋さん①回目～',
  '2025/5/3,D02,サロン,市,８,0,髙齢者サロン～①',
  '2025/6/20,西地区（サンプル）,研修,社協,２０,5,㈱～研修（第①回）',
] as const;

/**
 * A Shift_JIS (CP932) activity CSV as Excel on Windows writes it: CRLF, no BOM, and a date column
 * headed 「活動日」, which is not one of the known headers, so the mapping step must appear.
 * `filler` extra rows make the file big enough for the load to report percentages.
 */
export function shiftJisActivities(filler: number): Buffer {
  const header = '活動日,地区,種別,主催,参加者数,ボランティア数,備考';
  const rows: string[] = [...SJIS_ROWS];
  const districts = ['D01', 'D03', 'D04', 'D05'];
  for (let i = 0; i < filler; i++) {
    const month = (i % 12) + 1;
    const year = month < 4 ? 2026 : 2025;
    rows.push(`${year}/${month}/${(i % 28) + 1},${districts[i % 4]},サロン,地域,${(i % 3) + 1},1,定例会～`);
  }
  const bytes = iconv.encode(`${[header, ...rows].join('\r\n')}\r\n`, 'cp932');
  // The CP932-only characters must really be Shift_JIS bytes here, not question marks.
  if (!bytes.includes(Buffer.from([0x87, 0x40])) || !bytes.includes(Buffer.from([0xfb, 0xfc]))) {
    throw new Error('iconv-lite did not encode ① or 髙 as CP932');
  }
  return bytes;
}

/** The file name of the bad CSV, which the error messages must name. */
export const BAD_FILE = 'bad_activities.csv';

/**
 * A UTF-8 CSV with known headers and two bad cells: a spreadsheet formula (CSV injection) where
 * 参加者数 belongs, on Excel row 3, and a district that does not exist, on row 4.
 */
export function badActivities(): Buffer {
  return Buffer.from(
    [
      '日付,地区,種別,主催,参加者数',
      '2025/7/1,D01,サロン,市,5',
      '2025/7/2,D01,サロン,市,=SUM(A1:A9)',
      '2025/7/3,存在しない地区,サロン,市,3',
      '',
    ].join('\r\n'),
    'utf8',
  );
}
