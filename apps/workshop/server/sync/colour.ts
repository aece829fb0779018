/** Presence colours with enough contrast on white and on a projector; facilitators always get the first. */
const PALETTE = ['#b91c1c', '#c2410c', '#a16207', '#15803d', '#0f766e', '#1d4ed8', '#7e22ce', '#be185d'];

/** A stable colour per participant, chosen by the server so nobody can pick another's colour. */
export function colourOf(participantId: string, role: 'facilitator' | 'participant'): string {
  if (role === 'facilitator') return '#111827';
  let hash = 0;
  for (const char of participantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#374151';
}
