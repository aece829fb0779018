import { Button, useT } from '@chiiki/ui';
import { useState } from 'react';
import { download, type ExportTable, toExcelCsv } from './csv';

/** Props of CsvButton: the file name (.csv) and the table as shown (suppressed cells already ＊). */
interface CsvButtonProps extends ExportTable {
  file: string;
  /** The suppression threshold in force, written into the Parquet file's note. */
  k?: number;
}

/**
 * Saves the table beside a chart as an Excel-safe CSV or as Parquet (for R, Python, DuckDB or
 * Power Query; the writer is fetched on first use); hidden in print.
 */
export function CsvButton({ file, header, rows, k }: CsvButtonProps) {
  const { t } = useT('insights');
  const [writing, setWriting] = useState(false);
  const parquet = async () => {
    setWriting(true);
    try {
      const { toParquet } = await import('./parquet');
      const bytes = await toParquet({ header, rows }, k);
      download(
        file.replace(/\.csv$/i, '.parquet'),
        bytes as Uint8Array<ArrayBuffer>,
        'application/vnd.apache.parquet',
      );
    } finally {
      setWriting(false);
    }
  };
  return (
    <span className="no-print export-buttons">
      <Button variant="quiet" onClick={() => download(file, toExcelCsv({ header, rows }))}>
        {t('dash.csv')}
      </Button>
      <Button variant="quiet" disabled={writing} onClick={() => void parquet()}>
        {t('dash.parquet')}
      </Button>
    </span>
  );
}
