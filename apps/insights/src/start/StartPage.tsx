import './start.css';
import type { District, FieldProblem } from '@chiiki/model';
import { Button, useT } from '@chiiki/ui';
import { useState } from 'react';
import type { Engine } from '../app/useEngine';
import { checkFileSize } from '../load/csv/limits';
import { rememberMapping } from '../load/csv/mapping';
import { type CsvDraft, draftMissing } from '../load/csvImport';
import { convertOffThread, draftCsvOffThread } from '../load/csvOffThread';
import { isWorkshopExportFile, readWorkshopExportFile } from '../load/exportFile';
import type { LoadStep } from '../load/progress';
import { readFileBytes } from '../load/readFile';
import { fetchServerExport, serverProblem } from '../load/serverList';
import { readWorkshopExport } from '../load/workshopExport';
import { sampleSources } from '../sample/sampleSources';
import { type Source, sourceRowCount } from '../store/source';
import { CsvMapping } from './CsvMapping';
import { DropZone } from './DropZone';
import { Problems } from './Problems';
import { ProgressBar } from './ProgressBar';
import { ServerPicker } from './ServerPicker';
import { SourcesList } from './SourcesList';

interface StartPageProps {
  engine: Engine;
  districts: readonly District[];
}

/**
 * The start page: sample data in one click, files dropped or picked (exports and CSVs), the
 * server's workshops, the CSV mapping step, and what has been loaded.
 */
export function StartPage({ engine, districts }: StartPageProps) {
  const { t } = useT('insights');
  const [busy, setBusyFlag] = useState(false);
  const [step, setStep] = useState<LoadStep | null>(null);
  const setBusy = (on: boolean) => {
    setBusyFlag(on);
    if (!on) setStep(null);
  };
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ heading: string; list: FieldProblem[] } | null>(null);
  const [draft, setDraft] = useState<CsvDraft | null>(null);

  const load = async (sources: Source[]) => {
    setBusy(true);
    try {
      await engine.addSources(sources, setStep);
      const n = sources.reduce((k, s) => k + sourceRowCount(s), 0);
      setMessage(t('start.loaded', { name: sources.map((s) => s.name).join('、'), n }));
      setProblems(null);
    } catch (e) {
      setProblems({
        heading: t('start.failed'),
        list: [{ path: '', ja: String(e), en: String(e) }],
      });
    } finally {
      setBusy(false);
    }
  };

  const finishCsv = async (d: CsvDraft) => {
    setBusy(true);
    const r = await convertOffThread(d, districts, setStep).finally(() => setBusy(false));
    if ('problems' in r) {
      setProblems({ heading: t('csv.errors', { file: d.file, n: r.problems.length }), list: r.problems });
      return;
    }
    rememberMapping(d.kind, d.table.header, d.mapping);
    setDraft(null);
    await load([r.source]);
  };

  const onFiles = async (files: File[]) => {
    setMessage(null);
    setProblems(null);
    const refused: FieldProblem[] = [];
    const exports: Source[] = [];
    for (const f of files) {
      const tooBig = checkFileSize(f.name, f.size);
      if (tooBig) {
        refused.push({ path: '', ...tooBig });
        continue;
      }
      setBusy(true);
      const bytes = await readFileBytes(f, setStep).finally(() => setBusy(false));
      if (isWorkshopExportFile(f.name)) {
        const r = await readWorkshopExportFile(f.name, bytes);
        if (r.ok) exports.push(r.source);
        else refused.push({ path: '', ja: r.ja, en: r.en });
      } else {
        setBusy(true);
        const d = await draftCsvOffThread(f.name, bytes, undefined, undefined, setStep).finally(() =>
          setBusy(false),
        );
        // A file unreadable whatever the mapping goes straight to its problems, not to the mapping step.
        if (d.problems.length === 0 && draftMissing(d).length > 0) setDraft(d);
        else await finishCsv(d);
      }
    }
    if (refused.length)
      setProblems({
        heading: t('start.refusedFiles'),
        list: refused,
      });
    else if (exports.length) await load(exports);
  };

  const fromServer = async (token: string, ids: string[]) => {
    setBusy(true);
    const list: Source[] = [];
    const refused: FieldProblem[] = [];
    for (const id of ids) {
      try {
        const file = await fetchServerExport(token, id);
        const r = readWorkshopExport(file.name, file.text);
        if (r.ok) list.push(r.source);
        else refused.push({ path: '', ja: r.ja, en: r.en });
      } catch (e) {
        const why = serverProblem(e);
        refused.push({ path: '', ja: `${id}: ${why.ja}`, en: `${id}: ${why.en}` });
      }
    }
    setBusy(false);
    if (refused.length)
      setProblems({
        heading: t('start.refusedWorkshops'),
        list: refused,
      });
    else await load(list);
  };

  return (
    <div className="start">
      <p className="lead">{t('start.lead')}</p>
      <p className="privacy">{t('privacy')}</p>
      <section className="card card--hero">
        <Button
          variant="primary"
          size="large"
          disabled={!engine.db || busy}
          onClick={() => load(sampleSources())}
        >
          {t('start.sample')}
        </Button>
        <span>{t('start.sampleHelp')}</span>
      </section>
      <DropZone
        label={t('start.drop')}
        help={t('start.dropHelp')}
        onFiles={onFiles}
        disabled={!engine.db || busy}
      />
      {busy ? (
        <ProgressBar
          value={step && step.total > 0 ? Math.min(1, step.done / step.total) : null}
          label={step ? t(`start.phase.${step.phase}`) : t('start.loading')}
        />
      ) : null}
      {message ? (
        <p className="ok" role="status">
          {message}
        </p>
      ) : null}
      {engine.unsaved ? <p className="error">{t('start.notSaved')}</p> : null}
      {problems ? <Problems heading={problems.heading} problems={problems.list} /> : null}
      {draft ? (
        <CsvMapping
          draft={draft}
          onChange={setDraft}
          onReparse={(kind, encoding) =>
            void draftCsvOffThread(draft.file, draft.bytes, kind, encoding).then(setDraft)
          }
          onApply={() => finishCsv(draft)}
          onCancel={() => setDraft(null)}
        />
      ) : null}
      <ServerPicker onLoad={fromServer} busy={busy} />
      <SourcesList
        sources={engine.sources}
        onRemove={(id) => void engine.removeSource(id)}
        onClear={() => void engine.clearAll()}
      />
    </div>
  );
}
