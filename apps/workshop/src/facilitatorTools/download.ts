import { ApiError } from '../api/client';

/** The export formats the server writes (docs/api.md). */
export type ExportFormat = 'json' | 'csv' | 'parquet';

/** The export URL for a format; `headers=ja` gives the CSV Japanese column names. */
function exportUrl(workshopId: string, format: ExportFormat, japaneseHeaders = false): string {
  const query = new URLSearchParams({ format });
  if (format === 'csv' && japaneseHeaders) query.set('headers', 'ja');
  return `/api/workshops/${encodeURIComponent(workshopId)}/export?${query}`;
}

async function fetchExport(url: string, token: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'network', '通信できません。', 'Cannot reach the server.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      | { error?: { code?: string; ja?: string; en?: string } }
      | undefined;
    throw new ApiError(
      response.status,
      body?.error?.code ?? `http_${response.status}`,
      body?.error?.ja ?? '',
      body?.error?.en ?? '',
    );
  }
  return response;
}

/** The export as parsed JSON (the record sheet and the attendance summary read it). */
export async function loadExport(workshopId: string, token: string): Promise<unknown> {
  const response = await fetchExport(exportUrl(workshopId, 'json'), token);
  return response.json();
}

/**
 * Downloads an export with the facilitator's token: the token goes in a header, never in a URL
 * that could end up in a log, so the file is fetched, turned into a Blob and saved from memory.
 */
export async function downloadExport(
  workshopId: string,
  token: string,
  format: ExportFormat,
  japaneseHeaders = false,
): Promise<void> {
  const response = await fetchExport(exportUrl(workshopId, format, japaneseHeaders), token);
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `workshop-${workshopId}.${format}`;
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
