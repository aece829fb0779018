import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from './IconButton';

/**
 * Props of Dialog: controlled by `open`; `onClose` runs on Esc or the close button. A tap on the
 * backdrop does not close it, so a stray touch never throws away a half-written note.
 */
export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra description id, when the body has a summary a screen reader should read first. */
  describedBy?: string;
}

/**
 * A modal on the native `<dialog>` with showModal(): the browser traps focus, makes the page
 * behind inert and handles Esc, so no focus-trap library ships to tablets. Focus goes back to
 * whatever opened the dialog when it closes; mark the field to start in with `data-autofocus`.
 */
export function Dialog({ open, title, onClose, children, describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const composing = useRef(false);
  const compositionEndedAt = useRef(-Infinity);
  const titleId = useId();
  const { t } = useTranslation('ui');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    if (!open && opener.current instanceof HTMLElement) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        // Esc that cancels an IME conversion must not close the dialog and lose the text.
        // Some IMEs end the composition first and then let the same Esc through: allow a moment.
        if (!composing.current && performance.now() - compositionEndedAt.current > 150) onClose();
      }}
      onCompositionStartCapture={() => {
        composing.current = true;
      }}
      onCompositionEndCapture={() => {
        composing.current = false;
        compositionEndedAt.current = performance.now();
      }}
    >
      {open ? (
        <>
          <div className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <IconButton label={t('close')} icon="✕" onClick={onClose} />
          </div>
          <div className="dialog__body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
