import type { BoardCommand, Note } from '@chiiki/model';
import type { TokenClaims } from '../auth/tokens';
import type { ServerContext } from '../context';
import type { AppliedCommand } from '../store/records';
import type { Room } from '../sync/room';

/** One command being run: who sent it, to which workshop, and the shared room it acts on. */
export interface CommandRun<C extends BoardCommand = BoardCommand> {
  ctx: ServerContext;
  workshopId: string;
  main: Room;
  claims: TokenClaims;
  command: C;
  /** What the log records for this command id (in whichever room the change lands). */
  applied: AppliedCommand;
}

/** What a command answers besides `ok` and `commandId`; every field but `type` depends on the command. */
export interface CommandResult {
  type: BoardCommand['type'];
  noteId?: string;
  note?: Note;
  /** The note went to (or is in) the sender's private doc, not the shared board. */
  private?: boolean;
  [key: string]: unknown;
}

/** Runs one kind of command; resolves after its change is on disk. */
export type CommandHandler<C extends BoardCommand = BoardCommand> = (
  run: CommandRun<C>,
) => Promise<CommandResult>;
