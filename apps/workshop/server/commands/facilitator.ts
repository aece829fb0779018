import {
  type BoardCommand,
  canChangePhase,
  getLocks,
  getPhase,
  getTimer,
  META_KEYS,
  metaMap,
  type ParticipantId,
  setPhase,
  type WorkshopId,
} from '@chiiki/model';
import { ApiError } from '../http/errors';
import { settle } from '../private/settle';
import { closeBoard } from '../workshops/close';
import { checkPlanKeys, planOf } from './rules';
import { nextTimer } from './timer';
import type { CommandHandler, CommandRun } from './types';

type Of<T extends BoardCommand['type']> = CommandRun<Extract<BoardCommand, { type: T }>>;

async function changePhase(run: Of<'setPhase'>) {
  const { main, command, workshopId } = run;
  if (!canChangePhase(getPhase(main.doc), command.phase)) throw new ApiError(409, 'phase_closed');
  if (command.phase === 'closed') {
    await closeBoard(run.ctx, workshopId, run.applied);
    return { type: command.type, phase: command.phase };
  }
  await main.applyCommand(run.applied, (doc) => setPhase(doc, command.phase));
  await run.ctx.meta.update(workshopId, (e) => {
    e.workshop.phase = command.phase;
  });
  await settle(run.ctx, workshopId);
  return { type: command.type, phase: command.phase };
}

async function timer(run: Of<'timer'>) {
  const next = nextTimer(getTimer(run.main.doc), run.command, Date.now());
  await run.main.applyCommand(run.applied, (doc) => metaMap(doc).set(META_KEYS.timer, next));
  return { type: run.command.type, timer: next, serverNow: Date.now() };
}

async function setLock(run: Of<'setLock'>) {
  const { command, main } = run;
  checkPlanKeys(planOf(main.doc), { lane: command.lane });
  const locks = getLocks(main.doc);
  const lanes = new Set(locks.lanes);
  if (command.lane !== undefined) {
    if (command.locked) lanes.add(command.lane);
    else lanes.delete(command.lane);
  }
  const next = { board: command.lane === undefined ? command.locked : locks.board, lanes: [...lanes].sort() };
  await main.applyCommand(run.applied, (doc) => metaMap(doc).set(META_KEYS.locks, next));
  return { type: command.type, locks: next };
}

async function setFollow(run: Of<'setFollow'>) {
  const { command, main } = run;
  checkPlanKeys(planOf(main.doc), { lane: command.lane ?? undefined });
  const follow = { lane: command.lane, zoom: command.zoom ?? 1, by: run.claims.pid, at: Date.now() };
  await main.applyCommand(run.applied, (doc) => metaMap(doc).set(META_KEYS.follow, follow));
  return { type: command.type, follow };
}

async function releaseFollow(run: Of<'releaseFollow'>) {
  await run.main.applyCommand(run.applied, (doc) => metaMap(doc).delete(META_KEYS.follow));
  return { type: run.command.type };
}

async function setVoting(run: Of<'setVoting'>) {
  const { perParticipant, perNote, hidden } = run.command;
  const voting = { perParticipant, perNote, hidden };
  await run.main.applyCommand(run.applied, (doc) => metaMap(doc).set(META_KEYS.voting, voting));
  await settle(run.ctx, run.workshopId);
  return { type: run.command.type, voting };
}

async function addHeadCount(run: Of<'addHeadCount'>) {
  const { command, workshopId } = run;
  const id = command.commandId as ParticipantId;
  const { count, ageBand, affiliation, districtCode } = command;
  await run.ctx.meta.update(workshopId, (e) => {
    if (e.attendance.some((a) => a.participantId === id)) return;
    e.attendance.push({
      typeName: 'attendance',
      workshopId: workshopId as WorkshopId,
      participantId: id,
      viaTablet: false,
      count,
      ...(ageBand ? { ageBand } : {}),
      ...(affiliation ? { affiliation } : {}),
      ...(districtCode ? { districtCode } : {}),
    });
  });
  await run.main.applyCommand(run.applied, () => undefined);
  return { type: command.type, participantId: id };
}

async function setSettings(run: Of<'setSettings'>) {
  await run.ctx.meta.update(run.workshopId, (e) => {
    e.includeNicknames = run.command.includeNicknames;
  });
  await run.main.applyCommand(run.applied, () => undefined);
  return { type: run.command.type, includeNicknames: run.command.includeNicknames };
}

/** The facilitator's board-wide commands; everything they set lives in the shared doc's `meta`. */
export const FACILITATOR_HANDLERS = {
  setPhase: changePhase as CommandHandler,
  timer: timer as CommandHandler,
  setLock: setLock as CommandHandler,
  setFollow: setFollow as CommandHandler,
  releaseFollow: releaseFollow as CommandHandler,
  setVoting: setVoting as CommandHandler,
  addHeadCount: addHeadCount as CommandHandler,
  setSettings: setSettings as CommandHandler,
};
