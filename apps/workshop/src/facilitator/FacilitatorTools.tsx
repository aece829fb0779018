import { PHASES, type Phase, setPhase } from '@chiiki/model';
import { Button, Dialog, useT } from '@chiiki/ui';
import { useState } from 'react';
import type * as Y from 'yjs';
import type { Session } from '../session/session';
import { joinLink, spacedCode } from './joinLink';
import { QrCode } from './QrCode';

/** Props of FacilitatorTools: the facilitator's session, the doc they write, the phase. */
export interface FacilitatorToolsProps {
  session: Session;
  doc: Y.Doc;
  phase: Phase;
}

/**
 * The facilitator's bar above the board: phase, the join code with its QR, and the projector
 * screen. Loaded lazily so participants' tablets never download it.
 */
export default function FacilitatorTools({ session, doc, phase }: FacilitatorToolsProps) {
  const { t } = useT('workshop');
  const [qrOpen, setQrOpen] = useState(false);
  const link = joinLink(session);
  return (
    <div className="facilitator-bar">
      <label className="facilitator-bar__phase">
        <span>{t('board.phase')}</span>
        <select value={phase} onChange={(event) => setPhase(doc, event.currentTarget.value as Phase)}>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`phases.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="facilitator-bar__code">
        {t('board.joinCode')}: <strong>{spacedCode(session.joinCode)}</strong>
      </span>
      <Button onClick={() => setQrOpen(true)}>{t('board.showQr')}</Button>
      <a
        className="btn btn--secondary"
        href={`/w/${encodeURIComponent(session.workshopId)}/projector`}
        target="_blank"
        rel="noopener"
      >
        {t('board.projector')}
      </a>
      <Dialog open={qrOpen} title={t('board.showQr')} onClose={() => setQrOpen(false)}>
        <div className="qr-panel">
          <QrCode value={link} label={`${t('board.joinAt')}: ${link}`} className="qr qr--dialog" />
          <p className="join-code-big">{spacedCode(session.joinCode)}</p>
          <p className="qr-panel__url">{link}</p>
        </div>
      </Dialog>
    </div>
  );
}
