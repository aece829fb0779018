import type { FieldProblem } from '@chiiki/model';

/** Every refusal the API can give, worded once in Japanese (first) and English. */
export const ERROR_TEXT = {
  invalid_input: { ja: '入力内容に誤りがあります', en: 'The input is not valid' },
  invalid_json: { ja: 'リクエストの本文が JSON として読めません', en: 'The request body is not valid JSON' },
  unsupported_media_type: {
    ja: 'Content-Type は application/json にしてください',
    en: 'Content-Type must be application/json',
  },
  payload_too_large: { ja: 'リクエストが大きすぎます', en: 'The request body is too large' },
  unauthorized: { ja: 'ログインが必要です（トークンがないか無効です）', en: 'A valid token is required' },
  forbidden: { ja: 'この操作をする権限がありません', en: 'You are not allowed to do this' },
  wrong_workshop: {
    ja: 'このトークンは別のワークショップのものです',
    en: 'This token belongs to another workshop',
  },
  workshop_closed: { ja: 'このワークショップは終了しています', en: 'This workshop has been closed' },
  not_found: { ja: '見つかりません', en: 'Not found' },
  workshop_not_found: { ja: 'ワークショップが見つかりません', en: 'Workshop not found' },
  note_not_found: { ja: '付箋が見つかりません', en: 'Note not found' },
  join_code_not_found: {
    ja: '参加コードが見つかりません。もう一度確かめてください',
    en: 'No workshop has this join code; please check it',
  },
  not_owner: {
    ja: '自分の付箋だけを変更・削除できます',
    en: 'You can only change or delete your own notes',
  },
  note_exists: { ja: '同じ ID の付箋がすでにあります', en: 'A note with this id already exists' },
  unknown_lane: { ja: 'この計画にない役割の列です', en: 'This lane is not part of the plan' },
  unknown_goal: { ja: 'この計画にない目標です', en: 'This goal is not part of the plan' },
  unknown_district: { ja: 'この計画にない地区です', en: 'This district is not part of the plan' },
  phase_locked: {
    ja: 'いまの進行段階ではこの操作はできません',
    en: 'This cannot be done in the current phase',
  },
  board_locked: { ja: 'ボードは進行役がロックしています', en: 'The facilitator has locked the board' },
  lane_locked: { ja: 'この列は進行役がロックしています', en: 'The facilitator has locked this lane' },
  vote_limit: { ja: 'シールをすべて使いました', en: 'You have used all your dots' },
  note_vote_limit: {
    ja: 'この付箋にはこれ以上シールを貼れません',
    en: 'You cannot put more dots on this note',
  },
  vote_exists: { ja: '同じ ID のシールがすでにあります', en: 'A vote with this id already exists' },
  vote_not_found: { ja: 'シールが見つかりません', en: 'Vote not found' },
  group_not_found: { ja: 'グループが見つかりません', en: 'Group not found' },
  merge_too_long: {
    ja: 'まとめると付箋の文字数の上限を超えます',
    en: 'The merged note would be longer than a note may be',
  },
  timer_not_set: { ja: 'タイマーの時間が決まっていません', en: 'The timer has no duration yet' },
  phase_closed: {
    ja: '終了したワークショップは再開できません',
    en: 'A closed workshop cannot be reopened',
  },
  command_conflict: {
    ja: 'このコマンド ID は別の参加者が使っています',
    en: 'This command id was used by another participant',
  },
  rate_limited: {
    ja: '操作が多すぎます。少し待ってからもう一度お試しください',
    en: 'Too many requests; please wait a moment and try again',
  },
  store_unavailable: {
    ja: 'サーバーの保存先に問題があります。しばらくしてからもう一度お試しください',
    en: 'The server cannot save right now; please try again shortly',
  },
  room_unavailable: {
    ja: 'このワークショップのデータを読み込めません。管理者に連絡してください',
    en: 'This workshop’s stored data cannot be loaded; please contact the administrator',
  },
  room_full: {
    ja: 'このワークショップの接続数が上限に達しています',
    en: 'This workshop has reached its connection limit',
  },
  method_not_allowed: { ja: 'このメソッドは使えません', en: 'Method not allowed' },
  internal: { ja: 'サーバー内部でエラーが起きました', en: 'Internal server error' },
} as const;

/** An error code of the API. */
export type ErrorCode = keyof typeof ERROR_TEXT;

/**
 * A refusal with its HTTP status. Handlers throw it; the router turns it into
 * `{ error: { code, ja, en, fields? } }` so every client shows the same words.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields?: FieldProblem[],
    readonly text: { ja: string; en: string } = ERROR_TEXT[code],
  ) {
    super(`${status} ${code}`);
  }

  /** The JSON body of this error. */
  toBody() {
    const { ja, en } = this.text;
    return { error: { code: this.code, ja, en, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}
