import type { Catalog } from '../app/catalog';

const ja = {
  start: {
    lead: 'ワークショップの結果と活動記録から、地区・役割・年度ごとの指標、グラフ、委員会向けA4報告書を作ります。',
    sample: 'サンプルデータを読み込む',
    sampleHelp: '架空の「さくら市」のワークショップ・活動記録・目標値を読み込みます。',
    drop: 'ここにファイルをドロップ、またはクリックして選択',
    dropHelp:
      'ワークショップのエクスポート（.json、.parquet）、活動記録・目標値・地区人口（.csv、Shift_JIS／UTF-8）',
    csvKind: 'CSVの種類',
    kinds: { activities: '活動記録', targets: '目標値', populations: '地区人口' },
    server: 'サーバーのワークショップから読み込む',
    token: 'ファシリテーター／管理者トークン',
    list: '一覧を取得',
    load: '読み込む',
    sources: '読み込んだデータ',
    none: 'まだデータがありません。',
    rows: '{{n}} 行',
    remove: '削除',
    clear: 'すべてのデータを消去',
    clearConfirm: '読み込んだデータをすべて消去します。よろしいですか？',
    loaded: '{{name}} を読み込みました（{{n}} 行）。',
    notSaved: 'ブラウザに保存できませんでした。再読み込みすると消えます。',
    failed: '読み込みに失敗しました。何も変更していません。',
    refusedFiles: '読み込めないファイルがあります。',
    refusedWorkshops: '読み込めないワークショップがあります。何も変更していません。',
    loading: '読み込み中…',
    phase: {
      read: 'ファイルを読んでいます…',
      decode: '文字コードを変換しています…',
      parse: 'CSVを読み取っています…',
      check: '内容を確かめています…',
      insert: 'データベースに追加しています…',
    },
  },
  csv: {
    encoding: '文字コード',
    detected: '自動判定: {{enc}}',
    mapping: '列の対応づけ',
    mappingHelp: 'ファイルの見出しが想定と違います。各項目に使う列を選んでください（次回から記憶します）。',
    notUsed: '（使わない）',
    apply: 'この対応で読み込む',
    cancel: 'やめる',
    errors: '{{file}} に {{n}} 件の問題があります。何も読み込んでいません。',
    preview: '先頭の行',
  },
} as const;

const en: Catalog<typeof ja> = {
  start: {
    lead: 'Turn workshop results and activity records into indicators by district, role and fiscal year, charts, and an A4 committee report.',
    sample: 'Load sample data',
    sampleHelp: 'Loads workshops, activity records and targets of the fictional "Sakura City".',
    drop: 'Drop files here, or click to choose',
    dropHelp:
      'Workshop exports (.json, .parquet); activity records, targets, district populations (.csv, Shift_JIS or UTF-8)',
    csvKind: 'CSV type',
    kinds: { activities: 'Activity records', targets: 'Targets', populations: 'District populations' },
    server: 'Load workshops from the server',
    token: 'Facilitator / admin token',
    list: 'List workshops',
    load: 'Load',
    sources: 'Loaded data',
    none: 'No data yet.',
    rows: '{{n}} rows',
    remove: 'Remove',
    clear: 'Clear all data',
    clearConfirm: 'Clear all loaded data?',
    loaded: 'Loaded {{name}} ({{n}} rows).',
    notSaved: 'Could not save in the browser; the data will be gone after a reload.',
    failed: 'Loading failed. Nothing was changed.',
    refusedFiles: 'Some files could not be loaded.',
    refusedWorkshops: 'Some workshops could not be loaded. Nothing was changed.',
    loading: 'Loading…',
    phase: {
      read: 'Reading the file…',
      decode: 'Decoding characters…',
      parse: 'Parsing the CSV…',
      check: 'Checking the rows…',
      insert: 'Adding to the database…',
    },
  },
  csv: {
    encoding: 'Encoding',
    detected: 'Detected: {{enc}}',
    mapping: 'Column mapping',
    mappingHelp:
      "The file's headers differ from the expected ones. Choose the column for each field (remembered next time).",
    notUsed: '(not used)',
    apply: 'Load with this mapping',
    cancel: 'Cancel',
    errors: 'Problems found in {{file}}: {{n}}. Nothing was loaded.',
    preview: 'First rows',
  },
};

/** The start page: loading the sample, files (and the CSV mapping step) and exports from the server. */
export const START_MESSAGES = { ja, en };
