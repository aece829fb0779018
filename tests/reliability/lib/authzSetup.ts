import type { TestServer } from '../../src/harness';
import { Api, type TestParticipant, type TestWorkshop } from './api';
import { craftToken, unsignedToken } from './tokens';

/** The cast of the authorization matrix: two workshops, two participants, one owned note. */
export interface Cast {
  api: Api;
  w: TestWorkshop;
  other: TestWorkshop;
  owner: TestParticipant;
  intruder: TestParticipant;
  /** The owner's note and the command id that made it. */
  note: { id: string; commandId: string; text: string };
  tokens: Record<TokenKind, string | undefined>;
}

/** Every kind of credential the matrix presents. */
export type TokenKind =
  | 'none'
  | 'garbage'
  | 'expired participant'
  | 'expired facilitator'
  | 'facilitator signed with another key'
  | 'unsigned facilitator (alg none)'
  | 'forged admin role'
  | "another workshop's participant"
  | "another workshop's facilitator"
  | 'participant'
  | 'facilitator';

/** Builds the cast on a fresh server; tokens are crafted with the server's own secret where needed. */
export async function castFor(server: TestServer): Promise<Cast> {
  const api = new Api(server.url, server.adminToken);
  const w = await api.createWorkshop();
  const other = await api.createWorkshop();
  const owner = await api.join(w.joinCode);
  const intruder = await api.join(w.joinCode);
  const add = Api.addNote('持ち主の付箋 / the owner’s note');
  const res = await api.command(w.id, owner.token, add);
  if (res.status !== 200) throw new Error(`setup note: ${res.status} ${res.text}\n${server.output()}`);
  const otherP = await api.join(other.joinCode);
  const dir = server.dataDir;
  const tokens: Cast['tokens'] = {
    none: undefined,
    garbage: 'not-a-token',
    'expired participant': await craftToken(dir, {
      wid: w.id,
      role: 'participant',
      pid: intruder.participantId,
      expiresIn: -60,
    }),
    'expired facilitator': await craftToken(dir, { wid: w.id, role: 'facilitator', expiresIn: -60 }),
    'facilitator signed with another key': await craftToken(
      dir,
      { wid: w.id, role: 'facilitator' },
      'a'.repeat(64),
    ),
    'unsigned facilitator (alg none)': unsignedToken({ wid: w.id, role: 'facilitator' }),
    'forged admin role': await craftToken(dir, { wid: w.id, role: 'admin' }, 'b'.repeat(64)),
    "another workshop's participant": otherP.token,
    "another workshop's facilitator": other.facilitatorToken,
    participant: intruder.token,
    facilitator: w.facilitatorToken,
  };
  return {
    api,
    w,
    other,
    owner,
    intruder,
    note: { id: String(add.noteId), commandId: String(add.commandId), text: String(add.text) },
    tokens,
  };
}
