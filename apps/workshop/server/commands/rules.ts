import { type Command, DEFAULT_PLAN, getPhase, getPlan, type Phase, type Plan } from '@chiiki/model';
import type * as Y from 'yjs';
import type { Role } from '../auth/tokens';
import { ApiError } from '../http/errors';

/** Phases in which a participant may add, edit, move or delete their own notes. */
export const PARTICIPANT_NOTE_PHASES: ReadonlySet<Phase> = new Set([
  'preparation',
  'writing',
  'sharing',
  'grouping',
]);

/** The plan a room is drawn from; a room without one (never set up) falls back to the default plan. */
export function planOf(doc: Y.Doc): Plan {
  return getPlan(doc) ?? DEFAULT_PLAN;
}

/**
 * Refuses a command the phase does not allow: a closed board takes nothing; voting and wrap-up
 * take no note changes from participants (the facilitator may still tidy up).
 */
export function checkPhase(doc: Y.Doc, role: Role): void {
  const phase = getPhase(doc);
  if (phase === 'closed') throw new ApiError(403, 'workshop_closed');
  if (role === 'participant' && !PARTICIPANT_NOTE_PHASES.has(phase)) throw new ApiError(409, 'phase_locked');
}

/** Refuses a lane or goal the room's plan does not have. */
export function checkPlanKeys(plan: Plan, command: Command): void {
  if ('lane' in command && !plan.lanes.some((l) => l.key === command.lane)) {
    throw new ApiError(400, 'unknown_lane', [{ path: 'lane', ...ERROR_LANE }]);
  }
  if ('goalCode' in command && command.goalCode !== undefined) {
    if (!plan.goals.some((g) => g.code === command.goalCode)) {
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
