import { SIZES } from '../config';
import { sleep } from '../stats';
import { fillRoom, measureJoins } from './join';
import { openLiveRoom, sendCommands, writeNotes } from './propagation';
import { addNoteCommand } from './rooms';
import type { BenchServer } from './servers';

/** Everything measured on one sync server in one round, as raw samples (ms) to pool across rounds. */
export interface ServerResult {
  perDelivery: number[];
  untilAll: number[];
  /** Notes that did not reach every receiver (should be 0). */
  incomplete: number;
  join: number[];
  rssMiB: number[];
  commandsUntilAll: number[];
  commandsPerDelivery: number[];
}

/** Pools the samples of several rounds of one server. */
export function pool(rounds: readonly ServerResult[]): ServerResult {
  const all = (key: Exclude<keyof ServerResult, 'incomplete'>) => rounds.flatMap((r) => r[key]);
  return {
    perDelivery: all('perDelivery'),
    untilAll: all('untilAll'),
    incomplete: rounds.reduce((n, r) => n + r.incomplete, 0),
    join: all('join'),
    rssMiB: all('rssMiB'),
    commandsUntilAll: all('commandsUntilAll'),
    commandsPerDelivery: all('commandsPerDelivery'),
  };
}

/**
 * Runs the issue-3 scenario on one server: join a 5,000-note room, 100 receivers of a 20 notes/s
 * writer, memory with both rooms loaded, and (ours) participant commands. Tears everything down.
 */
export async function runScenario(server: BenchServer): Promise<ServerResult> {
  const filled = await fillRoom(server, SIZES.joinNotes, SIZES.joinSamples);
  const joins = await measureJoins(server, filled, SIZES.joinNotes);
  const live = await openLiveRoom(server, SIZES.receivers);
  try {
    const ids = await writeNotes(live, SIZES.propagationNotes, SIZES.notesPerSecond);
    const untilAll = live.tracker.untilAll(ids, live.receivers.length);
    await sleep(1000);
    const result: ServerResult = {
      perDelivery: live.tracker.perDelivery(ids),
      untilAll,
      incomplete: ids.length - untilAll.length,
      join: joins,
      rssMiB: [server.rssMiB()],
      commandsUntilAll: [],
      commandsPerDelivery: [],
    };
    if (server.name === 'ours') {
      const commandIds = await sendCommands(server, live, SIZES.commands, (token, noteId) =>
        addNoteCommand(server, live.room, token, noteId),
      );
      result.commandsUntilAll = live.tracker.untilAll(commandIds, live.receivers.length);
      result.commandsPerDelivery = live.tracker.perDelivery(commandIds);
    }
    return result;
  } finally {
    live.close();
    filled.writer.close();
  }
}
