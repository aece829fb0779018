import type { IncomingMessage, ServerResponse } from 'node:http';
import { JoinRequestSchema, newId, type ParticipantId, type WorkshopId } from '@chiiki/model';
import { isJoinCodeShape, normaliseJoinCode } from '../../auth/joinCode';
import type { ServerContext } from '../../context';
import { ApiError } from '../errors';
import { clientIp, readValid, sendJson } from '../io';

const NAMELESS = '参加者';
/** Seconds until a spent wrong-guess budget has refilled one guess (it refills 1 per 30 s). */
const JOIN_RETRY_AFTER_S = 30;

/** How often the server logs that wrong codes exceed the global budget (a distributed guesser). */
const GUESS_ALARM_MS = 60_000;
let lastGuessAlarm = 0;

/**
 * Joins a workshop by its code and gives an anonymous participant token. Every attempt takes a
 * token from a generous per-IP bucket (a hall's tablets share one NAT). Wrong codes also spend a
 * small per-IP wrong-guess budget and a server-wide one: once spent, further *wrong* codes answer
 * 429 with Retry-After, and every attempt from that address also spends a per-IP "suspect"
 * bucket, so a guesser is slowed to a crawl while the right code still gets in: residents'
 * typos, or a guesser on the hall's Wi-Fi, never lock the hall's tablets out.
 * Attendance answers are kept server-side, never in the doc.
 */
export async function join(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const ip = clientIp(req, ctx.trustProxy);
  const { limiters } = ctx;
  if (!limiters.join.take(ip)) throw new ApiError(429, 'rate_limited');
  // An address that has spent its wrong-guess budget pays every further attempt from a small
  // bucket too: enough for a hall's tablets to join, far too little to walk the code space.
  if (!limiters.joinFailures.peek(ip) && !limiters.joinSuspect.take(ip)) {
    res.setHeader('Retry-After', String(JOIN_RETRY_AFTER_S));
    throw new ApiError(429, 'rate_limited');
  }
  const body = await readValid(req, JoinRequestSchema, { subject: { ja: '参加', en: 'join request' } });
  const code = normaliseJoinCode(body.joinCode);
  const entry = isJoinCodeShape(code) ? ctx.meta.byJoinCode(code) : undefined;
  if (!entry) {
    const global = limiters.joinFailuresGlobal.take('all');
    if (!global && Date.now() - lastGuessAlarm > GUESS_ALARM_MS) {
      lastGuessAlarm = Date.now();
      ctx.log('join: wrong codes exceed the server-wide budget (join-code guessing from many addresses?)');
    }
    if (!limiters.joinFailures.take(ip) || !global) {
      res.setHeader('Retry-After', String(JOIN_RETRY_AFTER_S));
      throw new ApiError(429, 'rate_limited');
    }
    throw new ApiError(404, 'join_code_not_found');
  }
  if (entry.workshop.status === 'closed') throw new ApiError(403, 'workshop_closed');
  const participantId = newId<ParticipantId>();
  await ctx.meta.update(
    entry.workshop.id,
    (e) => {
      if (body.nickname) e.nicknames = { ...e.nicknames, [participantId]: body.nickname };
      e.attendance.push({
        typeName: 'attendance',
        workshopId: entry.workshop.id as WorkshopId,
        participantId,
        viaTablet: true,
        count: 1,
        ...(body.attendance ?? {}),
      });
    },
    // The tablet gets a 503 and will retry: forget this attempt, or the next write would keep it
    // and the retried join would count the tablet twice. The file never held it (atomic write).
    (e) => {
      e.attendance = e.attendance.filter((a) => a.participantId !== participantId);
      if (e.nicknames && participantId in e.nicknames) {
        const { [participantId]: _, ...rest } = e.nicknames;
        e.nicknames = rest;
      }
    },
  );
  const participantToken = await ctx.tokens.sign({
    wid: entry.workshop.id,
    role: 'participant',
    pid: participantId,
    name: body.nickname || NAMELESS,
  });
  sendJson(res, 200, {
    participantToken,
    participantId,
    workshopId: entry.workshop.id,
    workshop: entry.workshop,
  });
}
