import {
  DEFAULT_PLAN,
  getPhase,
  getPlan,
  listNotes,
  metaMap,
  type Note,
  notesMap,
  type Phase,
  type Plan,
} from '@chiiki/model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** What the board draws: the plan's lanes, the notes in the doc, and the phase. */
export interface BoardState {
  plan: Plan;
  notes: Note[];
  phase: Phase;
}

function read(doc: Y.Doc, workshopId: string, fallbackPlan: Plan): BoardState {
  return { plan: getPlan(doc) ?? fallbackPlan, notes: listNotes(doc, workshopId), phase: getPhase(doc) };
}

/**
 * Reads the board from the Y.Doc and re-reads on every change; notes are validated by the
 * model on the way out, so a bad entry never reaches the screen.
 */
export function useBoard(
  doc: Y.Doc | undefined,
  workshopId: string,
  fallbackPlan: Plan = DEFAULT_PLAN,
): BoardState {
  const [state, setState] = useState<BoardState>({ plan: fallbackPlan, notes: [], phase: 'preparation' });
  useEffect(() => {
    if (!doc) return;
    let frame = 0;
    const refresh = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setState(read(doc, workshopId, fallbackPlan));
      });
    };
    setState(read(doc, workshopId, fallbackPlan));
    notesMap(doc).observeDeep(refresh);
    metaMap(doc).observe(refresh);
    return () => {
      cancelAnimationFrame(frame);
      notesMap(doc).unobserveDeep(refresh);
      metaMap(doc).unobserve(refresh);
    };
  }, [doc, workshopId, fallbackPlan]);
  return state;
}
