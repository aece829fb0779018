import {
  type BoardCommand,
  DEFAULT_PLAN,
  FACILITATOR_COMMANDS,
  getLocks,
  getPhase,
  getPlan,
  PHASE_RULES,
  type PhaseRule,
  type Plan,
} from '@chiiki/model';
import type * as Y from 'yjs';
import type { Role } from '../auth/tokens';
import { ApiError } from '../http/errors';

/** The plan a room is drawn from; a room without one (never set up) falls back to the default plan. */
export function planOf(doc: Y.Doc): Plan {
  return getPlan(doc) ?? DEFAULT_PLAN;
}

const FACILITATOR_ONLY: ReadonlySet<string> = new Set(FACILITATOR_COMMANDS);
const PERMISSION: Partial<Record<BoardCommand['type'], keyof PhaseRule>> = {
  addNote: 'addNote',
  editNote: 'editOwn',
  moveNote: 'moveOwn',
  deleteNote: 'deleteOwn',
  vote: 'vote',
  unvote: 'vote',
};

/**
 * Refuses a command the phase, the locks or the caller's role does not allow: a closed board
 * takes nothing from anyone; a participant may send only what the phase's rule (PHASE_RULES)
 * permits, never a facilitator command, and nothing while the board is locked. Votes are taken
 * only in the voting phase, from facilitators too.
 */
export function checkPhase(doc: Y.Doc, role: Role, command: BoardCommand): void {
  const phase = getPhase(doc);
  if (phase === 'closed') throw new ApiError(403, 'workshop_closed');
  if ((command.type === 'vote' || command.type === 'unvote') && phase !== 'voting') {
    throw new ApiError(409, 'phase_locked');
  }
  if (role === 'facilitator') return;
  if (FACILITATOR_ONLY.has(command.type)) throw new ApiError(403, 'forbidden');
  if (command.type === 'addNote' && command.onBehalf) throw new ApiError(403, 'forbidden');
  const permission = PERMISSION[command.type];
  if (!permission || !PHASE_RULES[phase][permission]) throw new ApiError(409, 'phase_locked');
  if (getLocks(doc).board) throw new ApiError(409, 'board_locked');
}

/** Refuses a participant's change touching a locked lane (the lane a note is in or goes to). */
export function checkLane(doc: Y.Doc, role: Role, ...lanes: Array<string | undefined>): void {
  if (role === 'facilitator') return;
  const locked = getLocks(doc).lanes;
  if (lanes.some((lane) => lane !== undefined && locked.includes(lane)))
    throw new ApiError(409, 'lane_locked');
}

/** Refuses a lane or goal the room's plan does not have. */
export function checkPlanKeys(plan: Plan, keys: { lane?: string; goalCode?: string | null }): void {
  if (keys.lane !== undefined && !plan.lanes.some((l) => l.key === keys.lane)) {
    throw new ApiError(400, 'unknown_lane', [{ path: 'lane', ...ERROR_LANE }]);
  }
  if (keys.goalCode !== undefined && keys.goalCode !== null) {
    if (!plan.goals.some((g) => g.code === keys.goalCode)) {
      throw new ApiError(400, 'unknown_goal', [{ path: 'goalCode', ...ERROR_GOAL }]);
    }
  }
}

const ERROR_LANE = { ja: '役割の列: この計画にありません', en: 'Lane: not part of the plan' };
const ERROR_GOAL = { ja: '目標: この計画にありません', en: 'Goal: not part of the plan' };

/** Refuses a change to someone else's note unless the caller is the facilitator. */
export function checkOwner(role: Role, participantId: string, authorId: string): void {
  if (role !== 'facilitator' && authorId !== participantId) throw new ApiError(403, 'not_owner');
}
