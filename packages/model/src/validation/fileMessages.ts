import type { BaseIssue } from 'valibot';

/** A problem sentence in both languages, without the field name. */
export type ProblemText = { ja: string; en: string };
/** Words one issue; the issue carries the numbers (limits, versions) the sentence quotes. */
export type Phrase = (issue: BaseIssue<unknown>) => ProblemText;

/** Message keys for whole files (exports, imports): consistency across records and versions. */
export const FILE_MESSAGE_KEYS = [
  'duplicate_id',
  'wrong_workshop',
  'wrong_plan',
  'unknown_note',
  'unknown_group',
  'nicknames_mismatch',
  'unknown_version',
  'future_version',
  'not_json',
] as const;
/** A file-level message key. */
export type FileMessageKey = (typeof FILE_MESSAGE_KEYS)[number];

/** The wording of the file-level keys, kept apart from field messages so each file stays small. */
export const FILE_MESSAGES: Record<FileMessageKey, Phrase> = {
  duplicate_id: (i) => ({
    ja: `同じ ID（${i.received}）が 2 回以上あります`,
    en: `the id ${i.received} appears more than once`,
  }),
  wrong_workshop: () => ({
    ja: 'ほかのワークショップの記録が混ざっています',
    en: 'belongs to another workshop',
  }),
  wrong_plan: () => ({
    ja: 'ワークショップの計画とファイルの計画が一致しません',
    en: 'does not match the plan in the file',
  }),
  unknown_note: (i) => ({
    ja: `投票先の付箋（${i.received}）がファイルにありません`,
    en: `points to a note (${i.received}) that is not in the file`,
  }),
  unknown_group: (i) => ({
    ja: `グループ（${i.received}）がファイルにありません`,
    en: `points to a group (${i.received}) that is not in the file`,
  }),
  nicknames_mismatch: () => ({
    ja: '「ニックネームを含む」の設定と参加者一覧が食い違っています',
    en: 'the participants list does not match "includes nicknames"',
  }),
  unknown_version: (i) => ({
    ja: `ワークショップの書き出しファイルとして読めません（形式のバージョン: ${i.received}）。このアプリが書き出した JSON ファイルを選んでください`,
    en: `is not a workshop export this app can read (format version: ${i.received}); choose a JSON file exported by this app`,
  }),
  future_version: (i) => ({
    ja: `このファイルは新しい版のアプリで書き出されています（形式 ${i.received}、このアプリは形式 ${i.expected} まで）。アプリを更新してから読み込んでください`,
    en: `was exported by a newer version of the app (format ${i.received}; this app reads up to ${i.expected}); update the app, then import it again`,
  }),
  not_json: () => ({
    ja: 'JSON ファイルとして読めません。ファイルが壊れていないか確認してください',
    en: 'cannot be read as JSON; check that the file is not damaged',
  }),
};
