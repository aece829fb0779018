import {
  type Follow,
  type Group,
  getFollow,
  getLocks,
  getTimer,
  getVoting,
  groupsMap,
  type Locks,
  listGroups,
  listVotes,
  metaMap,
  type Timer,
  type Vote,
  type VotingSettings,
  votesMap,
} from '@chiiki/model';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { docVersion } from '../board/docVersion';

/** The facilitator-owned board state every screen follows: timer, locks, follow, voting, groups. */
export interface FacilitationState {
  timer: Timer | undefined;
  locks: Locks;
  follow: Follow | undefined;
  voting: VotingSettings;
  votes: Vote[];
  groups: Group[];
}

function read(doc: Y.Doc, workshopId: string): FacilitationState {
  return {
    timer: getTimer(doc),
    locks: getLocks(doc),
    follow: getFollow(doc),
    voting: getVoting(doc),
    votes: listVotes(doc, workshopId),
    groups: listGroups(doc, workshopId),
  };
}

const EMPTY: FacilitationState = {
  timer: undefined,
  locks: { board: false, lanes: [] },
  follow: undefined,
  voting: { perParticipant: 3, perNote: 2, hidden: false },
  votes: [],
  groups: [],
};

/**
 * Follows the server-owned parts of the board document (meta, votes, groups), validated by the
 * model's readers and refreshed at most once per frame, so a vote storm costs one render a frame.
 */
export function useFacilitation(doc: Y.Doc | undefined, workshopId: string): FacilitationState {
  // Read during the first render when the doc is there (the board mounts once, grouped); the
  // effect re-reads only if the doc changed in between.
  const first = useRef<{ doc: Y.Doc; version: number }>(undefined);
  const [state, setState] = useState<FacilitationState>(() => {
    if (!doc) return EMPTY;
    first.current = { doc, version: docVersion(doc) };
    return read(doc, workshopId);
  });
  useEffect(() => {
    if (!doc) return;
    const reused = first.current?.doc === doc && first.current.version === docVersion(doc);
    first.current = undefined;
    let frame = 0;
    const refresh = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setState(read(doc, workshopId));
      });
    };
    if (!reused) setState(read(doc, workshopId));
    metaMap(doc).observe(refresh);
    votesMap(doc).observe(refresh);
    groupsMap(doc).observeDeep(refresh);
    return () => {
      cancelAnimationFrame(frame);
      metaMap(doc).unobserve(refresh);
      votesMap(doc).unobserve(refresh);
      groupsMap(doc).unobserveDeep(refresh);
    };
  }, [doc, workshopId]);
  return state;
}
