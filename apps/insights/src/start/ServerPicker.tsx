import { Button, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import { listServerWorkshops, type ServerWorkshop, serverProblem } from '../load/serverList';

/** Props of ServerPicker: called with the token and the chosen workshop ids. */
interface ServerPickerProps {
  onLoad: (token: string, ids: string[]) => void;
  busy: boolean;
}

/** Lists the server's workshops (with a facilitator/admin token) and loads the chosen exports. */
export function ServerPicker({ onLoad, busy }: ServerPickerProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const [token, setToken] = useState('');
  const [list, setList] = useState<ServerWorkshop[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<{ ja: string; en: string } | null>(null);
  /** Fetches the first page (after undefined: a fresh list, nothing chosen) or the next one. */
  const fetchPage = (after?: string) =>
    listServerWorkshops(token, after).then(
      (page) => {
        if (after === undefined) setChosen(new Set());
        setList((shown) => [...(after === undefined ? [] : (shown ?? [])), ...page.workshops]);
        setNext(page.next);
        setError(null);
      },
      (e: unknown) => setError(serverProblem(e)),
    );
  return (
    <details className="card">
      <summary>{t('start.server')}</summary>
      <form className="row" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('start.token')}{' '}
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <Button disabled={!token} onClick={() => fetchPage()}>
          {t('start.list')}
        </Button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {language === 'ja' ? error.ja : error.en}
        </p>
      ) : null}
      {list?.length === 0 ? <p>{t('start.noWorkshops')}</p> : null}
      {list && list.length > 1 ? (
        <label className="choices">
          <input
            type="checkbox"
            checked={list.every((w) => chosen.has(w.id))}
            onChange={(e) => setChosen(new Set(e.target.checked ? list.map((w) => w.id) : []))}
          />{' '}
          {t('start.chooseAll', { n: list.length })}
        </label>
      ) : null}
      {list ? (
        <ul className="plain choices">
          {list.map((w) => (
            <li key={w.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(w.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(w.id);
                    else next.delete(w.id);
                    setChosen(next);
                  }}
                />{' '}
                {w.date ?? ''} {w.districtCode ?? ''} {w.theme ?? w.id}
                {w.status === 'closed' ? ` (${t('start.closed')})` : ''}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {next !== null ? <Button onClick={() => fetchPage(next)}>{t('start.more')}</Button> : null}
      {list ? (
        <Button
          variant="primary"
          disabled={busy || chosen.size === 0}
          onClick={() => onLoad(token, [...chosen])}
        >
          {t('start.load')}
        </Button>
      ) : null}
    </details>
  );
}
