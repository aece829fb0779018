import { type ExportResult, readWorkshopExport } from './workshopExport';

/** Whether a dropped file is a workshop export (JSON or Parquet) rather than a CSV, by its name. */
export function isWorkshopExportFile(name: string): boolean {
  return /\.(json|parquet)$/i.test(name);
}

/**
 * Reads a dropped workshop export of either format into a source. The Parquet reader is loaded
 * only when a Parquet file arrives, so it stays out of the start page's first chunk.
 */
export async function readWorkshopExportFile(name: string, bytes: Uint8Array): Promise<ExportResult> {
  if (/\.parquet$/i.test(name)) {
    const { readWorkshopParquet } = await import('./workshopParquet');
    return readWorkshopParquet(name, bytes);
  }
  return readWorkshopExport(name, new TextDecoder().decode(bytes));
}
