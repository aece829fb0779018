import './join.css';
import { AFFILIATIONS, AGE_BANDS, type AttendanceAnswers } from '@chiiki/model';
import { Button, FormError, PageLayout, useLanguage, useT } from '@chiiki/ui';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import { affiliationLabel } from '../attendance/affiliationLabel';
import { usePlan } from '../plan/usePlan';
import { navigate } from '../router/router';
import { saveSession } from '../session/session';
import { ChoiceStep } from './ChoiceStep';
import { CodeBoxes } from './CodeBoxes';
import { JOIN_CODE_LENGTH, normaliseJoinCode } from './joinCode';

type Step = 'code' | 'nickname' | 'age' | 'affiliation' | 'district';
const STEPS: readonly Step[] = ['code', 'nickname', 'age', 'affiliation', 'district'];

/**
 * Joining in small steps, one thing per screen: the code (typed, or already in the QR link),
 * an optional nickname, then three optional, anonymous questions each with a "skip".
 */
export function JoinScreen({ code: linkCode }: { code?: string }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const { plan } = usePlan();
  const initial = normaliseJoinCode(linkCode ?? '');
  const [step, setStep] = useState<Step>(initial.length === JOIN_CODE_LENGTH ? 'nickname' : 'code');
  const [code, setCode] = useState(initial);
  const [nickname, setNickname] = useState('');
  const [answers, setAnswers] = useState<AttendanceAnswers>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const stepRef = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time the step changes.
  useEffect(() => stepRef.current?.focus(), [step]);

  const go = (offset: number) => setStep(STEPS[STEPS.indexOf(step) + offset] ?? step);
  const join = async (final: AttendanceAnswers) => {
    setBusy(true);
    setError('');
    try {
      const trimmed = nickname.trim();
      const joined = await api.join({
        joinCode: code,
        ...(trimmed ? { nickname: trimmed } : {}),
        attendance: final,
      });
      saveSession({
        workshopId: joined.workshopId,
        role: 'participant',
        token: joined.participantToken,
        participantId: joined.participantId,
        nickname: trimmed,
      });
      navigate(`/w/${encodeURIComponent(joined.workshopId)}`, true);
    } catch (caught) {
      const e = caught instanceof ApiError ? caught : undefined;
      setError((language === 'en' ? e?.en : e?.ja) || t('error.generic'));
      setBusy(false);
      if (e && e.status >= 400 && e.status < 500) setStep('code');
    }
  };
  const answer = (patch: AttendanceAnswers, last: boolean) => {
    const next = { ...answers, ...patch };
    setAnswers(next);
    if (last) void join(next);
    else go(1);
  };
  const progress = (n: number) => t('join.questionOf', { n, total: 3 });

  return (
    <PageLayout title={t('join.title')}>
      <div className="join" ref={stepRef} tabIndex={-1}>
        <FormError>{error}</FormError>
        {busy ? <p role="status">{t('join.joining')}</p> : null}
        {step === 'code' ? (
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              if (code.length === JOIN_CODE_LENGTH) go(1);
              else setError(t('join.badCode'));
            }}
          >
            <CodeBoxes value={code} label={t('join.code')} hint={t('join.codeHint')} onChange={setCode} />
            <Button type="submit" variant="primary" size="large" disabled={code.length !== JOIN_CODE_LENGTH}>
              {t('join.next')}
            </Button>
          </form>
        ) : null}
        {step === 'nickname' ? (
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              go(1);
            }}
          >
            <label className="field">
              <span className="field__label">{t('join.nickname')}</span>
              <span className="field__hint">{t('join.nicknameHint')}</span>
              <input
                type="text"
                maxLength={30}
                value={nickname}
                onChange={(e) => setNickname(e.currentTarget.value)}
              />
            </label>
            <div className="step__nav">
              <Button onClick={() => go(-1)}>{t('join.back')}</Button>
              <Button type="submit" variant="primary" size="large">
                {t('join.next')}
              </Button>
            </div>
          </form>
        ) : null}
        {step === 'age' ? (
          <ChoiceStep
            question={t('join.age')}
            progress={progress(1)}
            choices={AGE_BANDS.map((a) => ({ value: a, label: t(`join.ages.${a}`) }))}
            selected={answers.ageBand}
            onChoose={(v) => answer({ ageBand: v as AttendanceAnswers['ageBand'] }, false)}
            onBack={() => go(-1)}
          />
        ) : null}
        {step === 'affiliation' ? (
          <ChoiceStep
            question={t('join.affiliation')}
            progress={progress(2)}
            choices={AFFILIATIONS.map((a) => ({
              value: a,
              label: affiliationLabel(a, language, t),
            }))}
            selected={answers.affiliation}
            onChoose={(v) => answer({ affiliation: v as AttendanceAnswers['affiliation'] }, false)}
            onBack={() => go(-1)}
          />
        ) : null}
        {step === 'district' ? (
          <ChoiceStep
            question={t('join.district')}
            progress={progress(3)}
            choices={plan.districts.map((d) => ({ value: d.code, label: d.name }))}
            selected={answers.districtCode}
            onChoose={(v) => answer({ districtCode: v }, true)}
            onBack={() => go(-1)}
          />
        ) : null}
      </div>
    </PageLayout>
  );
}
