import type { ServerResponse } from 'node:http';
import { DEFAULT_PLAN } from '@chiiki/model';
import { sendJson } from '../io';

/** The plan configuration (lanes, districts, goals) for the start and join screens; public. */
export function getPlanRoute(res: ServerResponse): void {
  sendJson(res, 200, { plan: DEFAULT_PLAN });
}
