import { Button, useT } from '@chiiki/ui';
import { download, toExcelCsv } from './csv';

/** Props of CsvButton: the file name and the table as shown (suppressed cells already ＊). */
export interface CsvButtonProps {
  file: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

/** Saves the table beside a chart as an Excel-safe CSV; hidden in print. */
export function CsvButton({ file, header, rows }: CsvButtonProps) {
  const { t } = useT('insights');
  return (
    <Button variant="quiet" className="no-print" onClick={() => download(file, toExcelCsv({ header, rows }))}>
      {t('dash.csv')}
    </Button>
  );
}
