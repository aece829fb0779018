import { type Group, type Lane, PHASE_RULES, type Phase, type Plan } from '@chiiki/model';
import { useLanguage } from '@chiiki/ui';
import { useMemo } from 'react';
import type { FacilitationState } from '../pacing/useFacilitation';
import type { Session } from '../session/session';
import type { VotesApi } from '../voting/useVotes';
import type { LaneContent } from './arrange';
import { GroupBox } from './GroupBox';
import { LaneColumn } from './LaneColumn';
import { type DragHandleProps, type NoteAction, NoteItem } from './NoteItem';
import type { ToolSet } from './NoteTools';
import type { ShownNote } from './withPending';

/** Props of BoardLanes: the arranged notes and everything that decides what each card offers. */
interface BoardLanesProps {
  lanes: readonly Lane[];
  content: ReadonlyMap<string, LaneContent>;
  plan: Plan;
  session: Session;
  phase: Phase;
  facil: FacilitationState;
  votes: VotesApi;
  selected: ReadonlySet<string>;
  canAdd: boolean;
  following: boolean;
  drag: (noteId: string, fromLane: string, onTap: () => void) => DragHandleProps;
  onAction: (action: NoteAction, note: ShownNote) => void;
  onGroupMenu: ((group: Group) => void) | undefined;
  onAddHere: (lane: string) => void;
}

const NONE: ToolSet = { change: false, delete: false, facilitate: false };

/**
 * The lanes of the board with their groups and cards, each card offered exactly the tools the
 * phase rules (PHASE_RULES, the server's own table), the locks and the role allow.
 */
export function BoardLanes(props: BoardLanesProps) {
  const { lanes, content, plan, session, phase, facil, votes, selected, canAdd, following } = props;
  const { language } = useLanguage();
  const facilitator = session.role === 'facilitator';
  const rule = PHASE_RULES[phase];
  const closed = phase === 'closed';
  const goals = useMemo(
    () => new Map(plan.goals.map((g) => [g.code, `${g.code} ${language === 'en' ? g.en : g.ja}`])),
    [plan, language],
  );
  const totals = useMemo(() => {
    const counts = new Map<string, number>();
    for (const v of facil.votes) counts.set(v.noteId, (counts.get(v.noteId) ?? 0) + 1);
    return counts;
  }, [facil.votes]);
  const showTotals = phase === 'wrapup' || closed || (phase === 'voting' && !facil.voting.hidden);

  const toolsFor = (note: ShownNote): ToolSet => {
    const mine = note.authorId === session.participantId;
    if (closed) return NONE;
    if (facilitator) return { change: true, delete: mine, facilitate: !note.pending };
    const open = mine && !facil.locks.board && !facil.locks.lanes.includes(note.lane);
    return { change: open && rule.editOwn, delete: open && rule.deleteOwn, facilitate: false };
  };

  const card = (note: ShownNote, lane: Lane) => {
    const dotsHere =
      !facilitator && phase === 'voting' && !note.pending
        ? {
            mine: votes.mineOn(note.id),
            canAdd:
              votes.left > 0 &&
              votes.mineOn(note.id) < facil.voting.perNote &&
              !facil.locks.lanes.includes(note.lane),
            total: showTotals ? (totals.get(note.id) ?? 0) : undefined,
          }
        : undefined;
    return (
      <NoteItem
        key={note.id}
        note={note}
        lane={lane}
        mine={note.authorId === session.participantId}
        tools={toolsFor(note)}
        selected={selected.has(note.id)}
        goal={note.goalCode ? goals.get(note.goalCode) : undefined}
        dots={dotsHere}
        total={showTotals ? (totals.get(note.id) ?? 0) : undefined}
        drag={props.drag}
        onAction={props.onAction}
      />
    );
  };

  return (
    <div
      className={following ? 'board board--follow' : 'board'}
      style={following && facil.follow ? { zoom: facil.follow.zoom } : undefined}
    >
      {lanes.map((lane) => {
        const here = content.get(lane.key) ?? { groups: [], loose: [] };
        const count = here.loose.length + here.groups.reduce((n, g) => n + g.notes.length, 0);
        const laneLocked = facil.locks.lanes.includes(lane.key);
        return (
          <LaneColumn
            key={lane.key}
            lane={lane}
            count={count}
            locked={laneLocked}
            followed={following && facil.follow?.lane === lane.key}
            onAddHere={canAdd && (facilitator || !laneLocked) ? () => props.onAddHere(lane.key) : undefined}
          >
            {here.groups.map(({ group, notes }) => (
              <GroupBox
                key={group.id}
                group={group}
                goal={group.goalCode ? goals.get(group.goalCode) : undefined}
                onMenu={props.onGroupMenu}
              >
                {notes.map((note) => card(note, lanes.find((l) => l.key === note.lane) ?? lane))}
              </GroupBox>
            ))}
            {here.loose.map((note) => card(note, lane))}
          </LaneColumn>
        );
      })}
    </div>
  );
}
