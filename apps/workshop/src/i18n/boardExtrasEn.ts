/** English strings every tablet needs for phases, the timer, dots, locks and follow mode. */
export const BOARD_EXTRAS_EN = {
  timer: { left: 'Time left', paused: 'Paused', ready: 'Ready', ended: 'Time is up' },
  vote: {
    left: 'Dots left: {{count}}',
    add: '● Put a dot',
    remove: 'Take a dot back',
    mine: 'Your dots: {{count}}',
    total_one: '{{count}} vote',
    total_other: '{{count}} votes',
    total: '{{count}} votes',
    errors: {
      vote_limit: 'You have no dots left.',
      note_vote_limit: 'No more dots fit on this note.',
      phase_locked: 'It is not voting time now.',
    },
  },
  lock: { boardLocked: 'The facilitator has paused the board.', laneLocked: 'This lane is locked' },
  follow: { notice: 'Your screen is following the facilitator.' },
  facil: {
    select: 'Select',
    selected: 'Selected',
    goal: 'Goal',
    remove: 'Remove',
    menu: 'More…',
    menuTitle: 'Act on this note',
    goalChip: 'Goal {{goal}}',
    onBehalfChip: 'Written on behalf',
    unnamedGroup: '(unnamed group)',
  },
} as const;
