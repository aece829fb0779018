import { Button, FormError, PageLayout, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import { ApiError, api } from '../api/client';
import { usePlan } from '../plan/usePlan';
import { navigate } from '../router/router';
import {
  facilitatorSessions,
  loadAdminToken,
  saveAdminToken,
  saveSession,
  tokenSubject,
} from '../session/session';

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

/**
 * The facilitator's first screen: staff token (remembered on this device), district from the
 * city's plan, theme and date; creating the workshop opens its board.
 */
export default function StartScreen() {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const { plan, failed } = usePlan();
  const [token, setToken] = useState(loadAdminToken);
  const [district, setDistrict] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const recent = facilitatorSessions().slice(0, 5);

  const create = async (form: FormData) => {
    setBusy(true);
    setError('');
    const adminToken = String(form.get('token') ?? '').trim();
    saveAdminToken(adminToken);
    try {
      const theme = String(form.get('theme') ?? '').trim() || t('start.themeDefault');
      const facilitator = String(form.get('facilitator') ?? '').trim();
      const created = await api.createWorkshop(adminToken, {
        planId: plan.id,
        districtCode: String(form.get('district') ?? plan.districts[0]?.code ?? ''),
        theme,
        date: String(form.get('date') ?? today()),
        ...(facilitator ? { facilitator } : {}),
      });
      saveSession({
        workshopId: created.workshop.id,
        role: 'facilitator',
        token: created.facilitatorToken,
        participantId: tokenSubject(created.facilitatorToken) ?? 'facilitator',
        joinCode: created.joinCode,
        joinUrl: created.joinUrl,
        theme: created.workshop.theme,
        createdAt: new Date().toISOString(),
      });
      navigate(`/w/${encodeURIComponent(created.workshop.id)}`);
    } catch (caught) {
      const e = caught instanceof ApiError ? caught : undefined;
      setError((language === 'en' ? e?.en : e?.ja) || t('error.generic'));
      setBusy(false);
    }
  };

  return (
    <PageLayout title={t('appName')}>
      <form
        className="stack form-narrow"
        onSubmit={(event) => {
          event.preventDefault();
          void create(new FormData(event.currentTarget));
        }}
      >
        <h2>{t('start.title')}</h2>
        {failed ? <p className="notice">{t('start.planFailed')}</p> : null}
        <label className="field">
          <span className="field__label">{t('start.token')}</span>
          <span className="field__hint">{t('start.tokenHint')}</span>
          <input
            name="token"
            type="password"
            autoComplete="current-password"
            required
            value={token}
            onChange={(e) => setToken(e.currentTarget.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('start.district')}</span>
          <select name="district" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
            {plan.districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('start.theme')}</span>
          <input name="theme" type="text" maxLength={200} placeholder={t('start.themeDefault')} />
        </label>
        <label className="field">
          <span className="field__label">{t('start.facilitator')}</span>
          <span className="field__hint">{t('start.facilitatorHint')}</span>
          <input name="facilitator" type="text" maxLength={100} autoComplete="organization" />
        </label>
        <label className="field">
          <span className="field__label">{t('start.date')}</span>
          <input name="date" type="date" defaultValue={today()} required />
        </label>
        <FormError>{error}</FormError>
        <Button type="submit" variant="primary" size="large" disabled={busy}>
          {busy ? t('start.creating') : t('start.create')}
        </Button>
      </form>
      {recent.length > 0 ? (
        <section className="stack form-narrow recent">
          <h2>{t('start.recent')}</h2>
          <ul>
            {recent.map((s) => (
              <li key={s.workshopId}>
                <a href={`/w/${encodeURIComponent(s.workshopId)}`}>
                  {s.theme ?? s.workshopId}（{s.joinCode}）
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageLayout>
  );
}
