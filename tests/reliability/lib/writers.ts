import { type Note, type NoteId, newId, type ParticipantId, putNote, type WorkshopId } from '@chiiki/model';
import { Api, LANES } from './api';
import type { Rng } from './rng';
import type { Tablet } from './tablet';
import { sleep } from './wait';

/** A loop that writes until stopped; `hold` pauses it (e.g. while a checker looks). */
export interface Writer {
  hold: boolean;
  /** Set if the loop met an answer no retry can fix (a 4xx other than 429). */
  error?: Error;
  stop(): Promise<void>;
}

/** A note as a facilitator's tablet writes it straight into its Yjs doc. */
export function facilitatorNote(workshopId: string, text: string, order: number): Note {
  const now = new Date().toISOString();
  return {
    typeName: 'note',
    id: newId<NoteId>(),
    workshopId: workshopId as WorkshopId,
    lane: LANES[order % LANES.length] as string,
    text,
    authorId: 'facilitator0' as ParticipantId,
    position: { order },
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A facilitator tablet writing notes into its doc every 40–160 ms, online or not (a facilitator
 * is local-first; the doc syncs whatever it holds when it reconnects).
 */
export function facilitatorWriter(tablet: Tablet, workshopId: string, label: string, rng: Rng): Writer {
  let running = true;
  const writer: Writer = {
    hold: false,
    stop: async () => {
      running = false;
    },
  };
  void (async () => {
    for (let seq = 0; running; seq++) {
      if (!writer.hold) putNote(tablet.doc, facilitatorNote(workshopId, `${label}:${seq}`, seq));
      await sleep(40 + rng.int(120));
    }
  })();
  return writer;
}

/**
 * A participant tablet's outbox: one addNote at a time, resent with the same command id after any
 * failure (network, 503, 429) until a 2xx answer, which counts the note as acknowledged.
 */
export function participantWriter(
  api: Api,
  workshopId: string,
  token: string,
  label: string,
  acked: Set<string>,
  rng: Rng,
): Writer {
  let running = true;
  let done: Promise<void> = Promise.resolve();
  const writer: Writer = {
    hold: false,
    stop: async () => {
      running = false;
      await done;
    },
  };
  done = (async () => {
    for (let seq = 0; running; seq++) {
      const command = Api.addNote(`${label}:${seq}`);
      while (running) {
        if (writer.hold) {
          await sleep(50);
          continue;
        }
        const res = await api.command(workshopId, token, command).catch(() => undefined);
        if (res && res.status >= 200 && res.status < 300) {
          acked.add(String(command.noteId));
          break;
        }
        if (res && res.status >= 400 && res.status < 500 && res.status !== 429) {
          throw new Error(`${label}: command refused ${res.status} ${res.text}`);
        }
        await sleep(res?.status === 429 ? 1000 : 100 + rng.int(200));
      }
      await sleep(2800 + rng.int(600));
    }
  })().catch((error: unknown) => {
    writer.error = error as Error;
  });
  return writer;
}
