import { SIZES } from '../config';
import { latencySummary, sleep } from '../stats';
import { fillRoom, measureJoins } from './join';
import { openLiveRoom, sendCommands, writeNotes } from './propagation';
import { addNoteCommand } from './rooms';
import type { BenchServer } from './servers';

type Summary = ReturnType<typeof latencySummary>;

/** Everything measured on one sync server. */
export interface ServerResult {
  perDelivery: Summary;
  untilAll: Summary;
  /** Notes that did not reach every receiver (should be 0). */
  incomplete: number;
  join: Summary;
  rssMiB: number;
  commandsUntilAll?: Summary;
  commandsPerDelivery?: Summary;
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
      perDelivery: latencySummary(live.tracker.perDelivery(ids)),
      untilAll: latencySummary(untilAll),
      incomplete: ids.length - untilAll.length,
      join: latencySummary(joins),
      rssMiB: server.rssMiB(),
    };
    if (server.name === 'ours') {
      const commandIds = await sendCommands(server, live, SIZES.commands, (token, noteId) =>
        addNoteCommand(server, live.room, token, noteId),
      );
      result.commandsUntilAll = latencySummary(live.tracker.untilAll(commandIds, live.receivers.length));
      result.commandsPerDelivery = latencySummary(live.tracker.perDelivery(commandIds));
    }
    return result;
  } finally {
    live.close();
    filled.writer.close();
  }
}
