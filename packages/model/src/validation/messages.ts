import type { BaseIssue } from 'valibot';

import { FILE_MESSAGE_KEYS, FILE_MESSAGES, type Phrase, type ProblemText } from './fileMessages';

export type { ProblemText };

const req = (issue: BaseIssue<unknown>): string => String(issue.requirement ?? '');

/**
 * The message keys the schemas use instead of English sentences. Keys, not sentences, live in
 * the schemas so that one place words them for planners in both languages.
 */
export const MESSAGE_KEYS = [
  'required',
  'too_long',
  'invalid_id',
  'invalid_key',
  'invalid_code',
  'invalid_date',
  'invalid_choice',
  'not_a_number',
  'not_an_integer',
  'negative',
  'control_chars',
  'duplicate_key',
  'duplicate_code',
  'period_order',
  'too_many',
  'invalid_colour',
  ...FILE_MESSAGE_KEYS,
] as const;
/** A message key used by the schemas. */
export type MessageKey = (typeof MESSAGE_KEYS)[number];

const KEYED: Record<MessageKey, Phrase> = {
  ...FILE_MESSAGES,
  required: () => ({ ja: '入力されていません（空にはできません）', en: 'is required and cannot be empty' }),
  too_long: (i) => ({
    ja: `${req(i)} 文字以内にしてください（いまは ${i.received} 文字）`,
    en: `must be at most ${req(i)} characters (it has ${i.received})`,
  }),
  invalid_id: () => ({
    ja: 'ID の形式が正しくありません（半角英数字と - _ で 4〜64 文字）',
    en: 'is not a valid id (4–64 letters, digits, - or _)',
  }),
  invalid_key: () => ({
    ja: 'キーの形式が正しくありません（半角英小文字で始まり、英小文字・数字・_ のみ）',
    en: 'is not a valid key (lower-case letters, digits and _, starting with a letter)',
  }),
  invalid_code: () => ({
    ja: 'コードの形式が正しくありません（半角英数字 16 文字まで）',
    en: 'is not a valid code (up to 16 letters or digits)',
  }),
  invalid_date: (i) =>
    i.type === 'iso_timestamp'
      ? {
          ja: '日時の形式が正しくありません（例: 2025-04-01T10:00:00Z）',
          en: 'is not a valid date and time (e.g. 2025-04-01T10:00:00Z)',
        }
      : { ja: '日付の形式が正しくありません（例: 2025-04-01）', en: 'is not a valid date (e.g. 2025-04-01)' },
  invalid_choice: (i) => ({
    ja: `選べる値ではありません（${i.received}）。選べる値: ${i.expected}`,
    en: `is not one of the allowed values (${i.received}); allowed: ${i.expected}`,
  }),
  not_a_number: () => ({ ja: '数値ではありません', en: 'is not a number' }),
  not_an_integer: () => ({ ja: '整数ではありません', en: 'is not a whole number' }),
  negative: () => ({ ja: '0 以上の数にしてください', en: 'must be 0 or more' }),
  control_chars: () => ({
    ja: '使えない制御文字が含まれています（改行は使えます）',
    en: 'contains control characters (only line breaks are allowed)',
  }),
  duplicate_key: () => ({ ja: '同じキーが 2 回以上使われています', en: 'uses the same key more than once' }),
  duplicate_code: () => ({
    ja: '同じコードが 2 回以上使われています',
    en: 'uses the same code more than once',
  }),
  period_order: () => ({
    ja: '計画期間の開始年度が終了年度より後になっています',
    en: 'the plan period starts after it ends',
  }),
  too_many: (i) => ({
    ja: `${req(i)} 件までにしてください（いまは ${i.received} 件）`,
    en: `must have at most ${req(i)} entries (it has ${i.received})`,
  }),
  invalid_colour: () => ({
    ja: '色の形式が正しくありません（例: #1d4ed8）',
    en: 'is not a colour (e.g. #1d4ed8)',
  }),
};

const TYPE_JA: Record<string, string> = {
  string: '文字列',
  number: '数値',
  boolean: 'はい／いいえ',
  object: '項目のまとまり',
  array: '一覧',
};

/** Valibot's own issue types, worded for planners; used when a schema gave no message key. */
const BY_TYPE: Record<string, Phrase> = {
  number: () => KEYED.not_a_number({} as BaseIssue<unknown>),
  integer: () => KEYED.not_an_integer({} as BaseIssue<unknown>),
  finite: () => ({ ja: '有限の数値ではありません', en: 'is not a finite number' }),
  min_value: (i) => ({ ja: `${req(i)} 以上にしてください`, en: `must be at least ${req(i)}` }),
  max_value: (i) => ({ ja: `${req(i)} 以下にしてください`, en: `must be at most ${req(i)}` }),
  min_length: (i) =>
    req(i) === '1'
      ? KEYED.required(i)
      : { ja: `${req(i)} 文字以上にしてください`, en: `must be at least ${req(i)} characters` },
  max_length: (i) => KEYED.too_long(i),
  regex: () => ({ ja: '形式が正しくありません', en: 'is not in the expected format' }),
  iso_date: (i) => KEYED.invalid_date(i),
  iso_timestamp: (i) => KEYED.invalid_date(i),
  picklist: (i) => KEYED.invalid_choice(i),
  literal: (i) => ({ ja: `${i.expected} でなければなりません`, en: `must be ${i.expected}` }),
  variant: (i) => ({
    ja: `種類が正しくありません（${i.received}）。使える種類: ${i.expected}`,
    en: `is not a known kind (${i.received}); expected ${i.expected}`,
  }),
};

/**
 * Words one valibot issue for a planner: the schema's message key when it has one, else the
 * issue type; a missing value reads as "not entered" rather than as a type error.
 */
export function describeIssue(issue: BaseIssue<unknown>): ProblemText {
  if (Object.hasOwn(KEYED, issue.message)) return KEYED[issue.message as MessageKey](issue);
  if (issue.kind === 'schema' && issue.received === 'undefined') {
    return { ja: '入力されていません', en: 'is missing' };
  }
  const byType = Object.hasOwn(BY_TYPE, issue.type) ? BY_TYPE[issue.type] : undefined;
  if (byType) return byType(issue);
  const typeJa = Object.hasOwn(TYPE_JA, issue.type) ? TYPE_JA[issue.type] : undefined;
  if (issue.kind === 'schema' && typeJa) {
    return {
      ja: `${typeJa}である必要があります（${issue.received} が入っています）`,
      en: `must be a ${issue.type} (got ${issue.received})`,
    };
  }
  return { ja: '値が正しくありません', en: 'is not valid' };
}
