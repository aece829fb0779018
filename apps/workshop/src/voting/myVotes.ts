/** One dot this tablet put on a note (kept locally: hidden votes never come back over sync). */
export interface MyVote {
  voteId: string;
  noteId: string;
}

function key(workshopId: string, participantId: string): string {
  return `chiiki.votes.${workshopId}.${participantId}`;
}

/** The dots this tablet remembers putting, for a reload in the middle of voting. */
export function loadMyVotes(workshopId: string, participantId: string): MyVote[] {
  try {
    const raw = localStorage.getItem(key(workshopId, participantId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed)
      ? parsed.filter((v): v is MyVote => typeof v?.voteId === 'string' && typeof v?.noteId === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Keeps this tablet's dots across a reload: with hidden voting the server never sends them back. */
export function saveMyVotes(workshopId: string, participantId: string, votes: readonly MyVote[]): void {
  try {
    localStorage.setItem(key(workshopId, participantId), JSON.stringify(votes));
  } catch {
    // Private mode: the dots still count on the server; only the local echo is lost on reload.
  }
}
