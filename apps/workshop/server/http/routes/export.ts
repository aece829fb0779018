import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../../auth/guard';
import type { ServerContext } from '../../context';
import { collectExport } from '../../export/collect';
import { toCsv } from '../../export/csv';
import { toParquet } from '../../export/parquet';
import { notesTable } from '../../export/table';
import { ApiError } from '../errors';
import { API_HEADERS } from '../io';

const TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
} as const;

/**
 * The workshop's record for the insights app, Excel and the archive: `?format=json` (default, the
 * model's versioned export), `csv` (`&headers=ja` for Japanese headers) or `parquet` (one row per
 * note, with the whole export in the file's metadata). Only its facilitator or the operator may download it, also after closing: it holds
 * attendance answers and the audit trail. A participant's token is refused.
 */
export async function exportWorkshop(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  const caller = await authenticate(ctx, req, id, true);
  if (caller.kind === 'token' && caller.claims.role !== 'facilitator') throw new ApiError(403, 'forbidden');
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const format = query.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'parquet') throw new ApiError(400, 'invalid_input');
  const data = await collectExport(ctx, id);
  const body =
    format === 'json'
      ? Buffer.from(JSON.stringify(data, null, 1))
      : format === 'csv'
        ? toCsv(notesTable(data), query.get('headers') === 'ja' ? 'ja' : 'en')
        : toParquet(data);
  const name = `workshop-${data.workshop.date}-${data.workshop.districtCode}-${id}.${format}`;
  res.writeHead(200, {
    ...API_HEADERS,
    'Content-Type': TYPES[format],
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="${name}"`,
  });
  res.end(body);
}
