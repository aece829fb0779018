import { getLocks, newId, notesMap, votesMap } from '@chiiki/model';
import type * as Y from 'yjs';
import { Api, LANES } from './api';
import type { Rng } from './rng';
import { awarenessFrame, type Tablet } from './tablet';
import type { Visibility } from './visibility';
import { type Rates, type ScriptPhase, TICK_SECONDS } from './workshopScript';

/** Refusals the board's rules give a resident who acted on a slightly stale screen: not failures. */
const RULE_REFUSALS = new Set([
  'lane_locked',
  'phase_locked',
  'board_locked',
  'vote_limit',
  'note_vote_limit',
  'note_not_found',
  'vote_not_found',
]);

/** What every resident of a run adds to: counts, and every answer that is not 2xx or a rule refusal. */
export interface ResidentTally {
  commands: number;
  awareness: number;
  refused: Record<string, number>;
  failures: string[];
}

/** Where a resident reports a command's timings: HTTP answer, and visible on the facilitator's tablet. */
export type Timing = (kind: 'ack' | 'visible', ms: number) => void;

type Action = keyof Rates;

/**
 * One resident on a tablet: a read-replica tablet on the shared room (it receives every change
 * and presence, as the real one does), presence and a cursor over awareness, and commands over
 * HTTP at the phase's rates. Each command is timed until the facilitator's tablet shows it.
 */
export class Resident {
  /** Note ids this resident added and has not deleted (drafts included). */
  readonly notes: string[] = [];
  private readonly votes: string[] = [];
  private clock = 0;
  private seq = 0;

  constructor(
    readonly name: string,
    private readonly tablet: Tablet,
    private readonly api: Api,
    private readonly workshopId: string,
    private readonly token: string,
    private readonly rng: Rng,
    private readonly observer: Visibility,
    private readonly tally: ResidentTally,
  ) {}

  /** One tick: renews presence, then does each action with the probability its rate gives a tick. */
  async tick(phase: ScriptPhase, timing: Timing): Promise<void> {
    this.presence({});
    for (const [action, perMinute] of Object.entries(phase.rates) as Array<[Action, number]>) {
      if (this.rng.next() < (perMinute * TICK_SECONDS) / 60) await this.act(action, timing);
    }
  }

  private presence(state: Record<string, unknown>): void {
    const cursor = { x: this.rng.int(1600), y: this.rng.int(1000) };
    if (this.tablet.send(awarenessFrame(this.tablet.doc.clientID, ++this.clock, { cursor, ...state })))
      this.tally.awareness += 1;
  }

  private lane(except?: unknown): string {
    const locked = getLocks(this.tablet.doc).lanes;
    const open = LANES.filter((l) => !locked.includes(l) && l !== except);
    return this.rng.pick(open.length > 0 ? open : LANES);
  }

  private async act(action: Action, timing: Timing): Promise<void> {
    const shown = (d: Y.Doc, id: string) => notesMap(d).get(id);
    const pickMine = () => (this.notes.length > 0 ? this.rng.pick(this.notes) : undefined);
    switch (action) {
      case 'add': {
        const command = Api.addNote(`${this.name}-${this.seq++}`, this.lane());
        const id = String(command.noteId);
        this.presence({ editing: id });
        if (await this.send(command, (d) => shown(d, id) !== undefined, timing)) this.notes.push(id);
        return;
      }
      case 'edit': {
        const id = pickMine();
        if (!id) return;
        const text = `${this.name}-${this.seq++} (直し)`;
        this.presence({ editing: id });
        await this.send(
          { type: 'editNote', commandId: newId(), noteId: id, text },
          (d) => shown(d, id)?.get('text') === text,
          timing,
        );
        return;
      }
      case 'move': {
        const id = pickMine();
        if (!id) return;
        const lane = this.lane(shown(this.tablet.doc, id)?.get('lane'));
        for (let i = 0; i < 4; i++) this.presence({ dragging: id });
        await this.send(
          { type: 'moveNote', commandId: newId(), noteId: id, lane },
          (d) => shown(d, id)?.get('lane') === lane,
          timing,
        );
        return;
      }
      case 'delete': {
        const id = pickMine();
        if (!id) return;
        // Timed only if the facilitator's tablet shows the note now (a draft is not on the board).
        const gone = shown(this.observer.doc, id) ? (d: Y.Doc) => shown(d, id) === undefined : undefined;
        const deleted = await this.send({ type: 'deleteNote', commandId: newId(), noteId: id }, gone, timing);
        if (deleted) this.notes.splice(this.notes.indexOf(id), 1);
        return;
      }
      case 'vote': {
        const ids = [...notesMap(this.tablet.doc).keys()];
        if (ids.length === 0) return;
        const voteId = newId();
        this.presence({ voting: true });
        const command = { type: 'vote', commandId: newId(), voteId, noteId: this.rng.pick(ids) };
        if (await this.send(command, (d) => votesMap(d).has(voteId), timing)) this.votes.push(voteId);
        return;
      }
      case 'unvote': {
        const voteId = this.votes.pop();
        if (!voteId) return;
        const shownNow = votesMap(this.observer.doc).has(voteId);
        const gone = shownNow ? (d: Y.Doc) => !votesMap(d).has(voteId) : undefined;
        await this.send({ type: 'unvote', commandId: newId(), voteId }, gone, timing);
      }
    }
  }

  /**
   * Sends a command, timing its answer and (when `seen` is given) its arrival on the facilitator's
   * tablet; a draft (answered `private`) or a refusal is not timed. True on a 2xx answer.
   */
  private async send(
    command: Record<string, unknown>,
    seen: ((doc: Y.Doc) => boolean) | undefined,
    timing: Timing,
  ): Promise<boolean> {
    this.tally.commands += 1;
    const cancel = seen ? this.observer.expect(seen, (ms) => timing('visible', ms)) : () => undefined;
    const at = performance.now();
    const res = await this.api.command(this.workshopId, this.token, command);
    const ok = res.status >= 200 && res.status < 300;
    if (ok) timing('ack', performance.now() - at);
    if (!ok || (res.json as { private?: boolean }).private) cancel();
    if (ok) return true;
    const code = (res.json as { error?: { code?: string } } | undefined)?.error?.code ?? String(res.status);
    if (RULE_REFUSALS.has(code)) this.tally.refused[code] = (this.tally.refused[code] ?? 0) + 1;
    else
      this.tally.failures.push(
        `${this.name} ${String(command.type)}: ${res.status} ${res.text.slice(0, 200)}`,
      );
    return false;
  }
}
