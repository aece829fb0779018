import { EXPORT_SCHEMA_VERSION, type WorkshopExport } from '../export/schema';
import { AFFILIATIONS, type AgeBand, type Attendance } from '../records/attendance';
import type { GroupId, NoteId, ParticipantId, VoteId, WorkshopId } from '../records/ids';
import type { Group, Note } from '../records/note';
import type { Plan } from '../records/plan';
import type { Vote } from '../records/vote';
import { PHASES, type Workshop } from '../records/workshop';
import { compareGroups } from '../yjs/groups';
import { compareNotes } from '../yjs/layout';
import { compareVotes } from '../yjs/votes';
import type { Rng } from './prng';
import { GROUP_NAMES, NICKNAMES, NOTE_TEXTS, THEMES } from './texts';

/** Elderly residents are most of a district workshop; the weights say so. */
const AGE_MIX: readonly (readonly [AgeBand, number])[] = [
  ['under20', 1],
  ['30s', 1],
  ['40s', 2],
  ['50s', 3],
  ['60s', 6],
  ['70s', 7],
  ['80plus', 3],
];

const MINUTE = 60_000;
const pad = (n: number, width = 3) => String(n).padStart(width, '0');

/** What one synthetic workshop is drawn from. */
export type WorkshopDraw = {
  index: number;
  prefix: string;
  date: string;
  districtCode: string;
  notes: number;
};

/**
 * Draws one closed district workshop as its export: participants (tablet and walk-in), ideas on
 * every lane, the facilitator's groups, dot votes and the phase log. Times are derived from the
 * date (13:30 JST start), never from the clock, so the same seed gives the same file.
 */
export function drawWorkshopExport(rng: Rng, plan: Plan, d: WorkshopDraw): WorkshopExport {
  const id = `${d.prefix}-ws${pad(d.index)}` as WorkshopId;
  const start = Date.parse(`${d.date}T04:30:00.000Z`);
  const at = (minutes: number) => new Date(start + minutes * MINUTE).toISOString();
  const workshop: Workshop = {
    typeName: 'workshop',
    id,
    planId: plan.id,
    districtCode: d.districtCode,
    theme: rng.pick(THEMES),
    date: d.date,
    status: 'closed',
    phase: 'closed',
    facilitator: rng.pick(['社協 地域福祉係', '市 福祉総務課', '社協 ボランティアセンター']),
  };

  const tablets = rng.int(6, 18);
  const attendance: Attendance[] = [];
  for (let p = 1; p <= tablets; p++) {
    const a: Attendance = {
      typeName: 'attendance',
      workshopId: id,
      participantId: `${id}-p${pad(p, 2)}` as ParticipantId,
      viaTablet: true,
      count: 1,
    };
    if (rng.chance(0.85)) a.ageBand = rng.weighted(AGE_MIX);
    if (rng.chance(0.85)) a.affiliation = rng.pick(AFFILIATIONS);
    if (rng.chance(0.8)) a.districtCode = rng.chance(0.9) ? d.districtCode : rng.pick(plan.districts).code;
    attendance.push(a);
  }
  if (rng.chance(0.7)) {
    attendance.push({
      typeName: 'attendance',
      workshopId: id,
      participantId: `${id}-walkin` as ParticipantId,
      viaTablet: false,
      count: rng.int(2, 9),
    });
  }
  const authors = attendance.filter((a) => a.viaTablet).map((a) => a.participantId);

  const lanes = plan.lanes.map((l) => l.key);
  const groups: Group[] = lanes.flatMap((lane) =>
    (GROUP_NAMES[lane] ?? ['まとめ']).slice(0, rng.int(1, 2)).map((name, g) => ({
      typeName: 'group' as const,
      id: `${id}-g-${lane}-${g + 1}` as GroupId,
      workshopId: id,
      lane,
      name,
      ...(rng.chance(0.7) ? { goalCode: rng.pick(plan.goals).code } : {}),
    })),
  );

  const perLane = new Map<string, number>();
  const notes: Note[] = [];
  for (let n = 0; n < d.notes; n++) {
    const lane = n < lanes.length ? (lanes[n] as string) : rng.pick(lanes);
    const order = perLane.get(lane) ?? 0;
    perLane.set(lane, order + 1);
    const created = at(10 + rng.int(0, 35));
    const laneGroups = groups.filter((g) => g.lane === lane);
    const group = laneGroups.length > 0 && rng.chance(0.6) ? rng.pick(laneGroups) : undefined;
    notes.push({
      typeName: 'note',
      id: `${id}-n${pad(n + 1)}` as NoteId,
      workshopId: id,
      lane,
      ...(rng.chance(0.6) && plan.goals.length > 0 ? { goalCode: rng.pick(plan.goals).code } : {}),
      text: rng.pick(NOTE_TEXTS[lane] ?? NOTE_TEXTS.citizen ?? ['地域でできることを話し合う']),
      authorId: rng.pick(authors),
      ...(rng.chance(0.08) ? { onBehalf: true } : {}),
      ...(group ? { groupId: group.id } : {}),
      position: { order, x: rng.int(0, 400), y: order * 90 },
      createdAt: created,
      updatedAt: rng.chance(0.2) ? at(50 + rng.int(0, 20)) : created,
    });
  }

  const votes: Vote[] = [];
  if (notes.length > 0) {
    for (const participantId of authors) {
      for (let k = rng.int(0, 3); k > 0; k--) {
        votes.push({
          typeName: 'vote',
          id: `${id}-v${pad(votes.length + 1)}` as VoteId,
          workshopId: id,
          noteId: rng.pick(notes).id,
          participantId,
          createdAt: at(95 + rng.int(0, 14)),
        });
      }
    }
  }

  const minutes = [0, 10, 50, 70, 95, 110, 125];
  const phaseLog = PHASES.map((phase, i) => ({ phase, at: at(minutes[i] ?? 0) }));
  const withNicknames = d.index % 4 === 0;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: at(24 * 60),
    plan,
    workshop,
    notes: notes.sort(compareNotes),
    groups: groups.sort(compareGroups),
    votes: votes.sort(compareVotes),
    attendance,
    phaseLog,
    includesNicknames: withNicknames,
    ...(withNicknames
      ? { participants: authors.map((participantId) => ({ participantId, nickname: rng.pick(NICKNAMES) })) }
      : {}),
  };
}
