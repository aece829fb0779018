/** Japanese strings every tablet needs for phases, the timer, dots, locks and follow mode. */
export const BOARD_EXTRAS_JA = {
  timer: { left: '残り時間', paused: '一時停止中', ready: 'これから', ended: '時間になりました' },
  vote: {
    left: 'のこりのシール: {{count}} 枚',
    add: '● シールを貼る',
    remove: 'シールをはがす',
    mine: 'あなたのシール {{count}} 枚',
    total: '{{count}} 票',
    errors: {
      vote_limit: 'シールはもう残っていません。',
      note_vote_limit: 'この付箋にはこれ以上貼れません。',
      phase_locked: 'いまは投票の時間ではありません。',
    },
  },
  lock: { boardLocked: '進行役がボードを止めています。', laneLocked: 'この列は止められています' },
  follow: { notice: '進行役の画面に合わせて表示しています。' },
  facil: {
    select: '選ぶ',
    selected: '選択中',
    goal: '目標',
    remove: '取り下げ',
    menu: '操作…',
    menuTitle: 'この付箋の操作',
    goalChip: '目標 {{goal}}',
    onBehalfChip: '代筆',
    unnamedGroup: '（名前なしのまとまり）',
  },
} as const;
