import type { Phase } from '../records/workshop';

/** What a participant may do in one phase, and the one line that tells them so. */
export interface PhaseRule {
  /** Add a new note (in `writing` it goes to the participant's private doc until reveal). */
  addNote: boolean;
  /** Edit the text or goal of one's own note. */
  editOwn: boolean;
  /** Move one's own note to another lane or place. */
  moveOwn: boolean;
  /** Delete one's own note. */
  deleteOwn: boolean;
  /** Put or take back dots (`vote`, `unvote`). */
  vote: boolean;
  /** New notes stay private to their author until the facilitator leaves this phase. */
  privateNotes: boolean;
  /** One line for participants, Japanese first. */
  ja: string;
  en: string;
}

/**
 * The rules of each phase for participants, enforced by the server on every command and shown by
 * the client from this same table, so the screen never promises what the server refuses.
 * Facilitators may change notes, groups and tags in every phase except `closed`.
 */
export const PHASE_RULES: Readonly<Record<Phase, PhaseRule>> = {
  preparation: {
    ...none(),
    addNote: true,
    editOwn: true,
    moveOwn: true,
    deleteOwn: true,
    ja: 'まもなく始まります。試しに付箋を書いてみましょう',
    en: 'We start soon. Try writing a note to get used to the board',
  },
  writing: {
    ...none(),
    addNote: true,
    editOwn: true,
    moveOwn: true,
    deleteOwn: true,
    privateNotes: true,
    ja: 'ひとりで考えを付箋に書きましょう。ほかの人にはまだ見えません',
    en: 'Write your ideas on notes on your own. Nobody else can see them yet',
  },
  sharing: {
    ...none(),
    addNote: true,
    editOwn: true,
    moveOwn: true,
    deleteOwn: true,
    ja: 'みんなの付箋が見えます。順に紹介し合いましょう',
    en: 'Everyone’s notes are shown. Take turns to introduce them',
  },
  grouping: {
    ...none(),
    addNote: true,
    editOwn: true,
    moveOwn: true,
    ja: '似た付箋をまとめ、だれが取り組むかの列に並べましょう',
    en: 'Gather similar notes and place them on the lane of who would do it',
  },
  voting: {
    ...none(),
    vote: true,
    ja: '大切だと思う付箋にシールを貼りましょう',
    en: 'Put your dots on the notes you think matter most',
  },
  wrapup: {
    ...none(),
    ja: '結果をふりかえりましょう。付箋はもう変えられません',
    en: 'Let us look back at the results. Notes can no longer be changed',
  },
  closed: {
    ...none(),
    ja: 'ワークショップは終了しました。ご参加ありがとうございました',
    en: 'The workshop has ended. Thank you for taking part',
  },
};

function none() {
  return {
    addNote: false,
    editOwn: false,
    moveOwn: false,
    deleteOwn: false,
    vote: false,
    privateNotes: false,
  };
}

/** Whether the facilitator may move between two phases: forward or back, but never out of `closed`. */
export function canChangePhase(from: Phase, _to: Phase): boolean {
  return from !== 'closed';
}
