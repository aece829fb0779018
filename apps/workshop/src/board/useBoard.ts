import {
  DEFAULT_PLAN,
  getPhase,
  getPlan,
  metaMap,
  type Note,
  notesMap,
  type Phase,
  type Plan,
} from '@chiiki/model';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { docVersion } from './docVersion';
import { NoteCache } from './noteCache';

/** What the board draws: the plan's lanes, the notes in the doc, and the phase. */
interface BoardState {
  plan: Plan;
  notes: Note[];
  phase: Phase;
}

function read(doc: Y.Doc, cache: NoteCache, fallbackPlan: Plan): BoardState {
  return { plan: getPlan(doc) ?? fallbackPlan, notes: cache.list(), phase: getPhase(doc) };
}

/**
 * Reads the board from the Y.Doc and follows its changes, at most once per frame; notes are
 * validated by the model on the way out, so a bad entry never reaches the screen.
 */
export function useBoard(
  doc: Y.Doc | undefined,
  workshopId: string,
  fallbackPlan: Plan = DEFAULT_PLAN,
): BoardState {
  // A doc that is already loaded is read during the first render, so the board mounts once, with
  // its notes; the effect below keeps that read unless the doc changed in between.
  const first = useRef<{ doc: Y.Doc; cache: NoteCache; version: number }>(undefined);
  const [state, setState] = useState<BoardState>(() => {
    if (!doc) return { plan: fallbackPlan, notes: [], phase: 'preparation' };
    first.current = { doc, cache: new NoteCache(doc, workshopId), version: docVersion(doc) };
    return read(doc, first.current.cache, fallbackPlan);
  });
  // The server's plan arrives after the first render: it replaces the fallback without
  // re-reading (and re-validating) every note, which the note effect below would do.
  const planRef = useRef(fallbackPlan);
  useEffect(() => {
    if (planRef.current === fallbackPlan) return;
    planRef.current = fallbackPlan;
    setState((s) => ({ ...s, plan: (doc && getPlan(doc)) ?? fallbackPlan }));
  }, [doc, fallbackPlan]);
  useEffect(() => {
    if (!doc) return;
    let frame = 0;
    const reused = first.current?.doc === doc && first.current.version === docVersion(doc);
    const cache = reused && first.current ? first.current.cache : new NoteCache(doc, workshopId);
    first.current = undefined;
    const refresh = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setState(read(doc, cache, planRef.current));
      });
    };
    const onNotes = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      cache.apply(events);
      refresh();
    };
    if (!reused) setState(read(doc, cache, planRef.current));
    notesMap(doc).observeDeep(onNotes);
    metaMap(doc).observe(refresh);
    return () => {
      cancelAnimationFrame(frame);
      notesMap(doc).unobserveDeep(onNotes);
      metaMap(doc).unobserve(refresh);
    };
  }, [doc, workshopId]);
  return state;
}
