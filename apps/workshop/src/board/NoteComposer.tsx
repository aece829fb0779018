import { type Lane, NOTE_TEXT_MAX } from '@chiiki/model';
import { Button, Dialog, FormError, useLanguage, useT } from '@chiiki/ui';
import { useId, useRef, useState } from 'react';
import { useComposition } from '../ime/useComposition';

/** Props of NoteComposer: which lanes to offer, and what to do with the finished text. */
interface NoteComposerProps {
  open: boolean;
  lanes: readonly Lane[];
  /** The lane to start on (the lane whose "add here" was tapped). */
  lane?: string;
  /** Text to start from when editing; the lane choice is hidden when editing. */
  initialText?: string;
  /** Text to start a new note from (a refused note put back), in place of the saved draft. */
  seedText?: string;
  onSubmit: (text: string, lane: string) => void;
  onClose: () => void;
  /** Where an unfinished new note is kept, so a reload or a stray close does not lose it. */
  draftKey?: string;
}

function readDraft(key: string | undefined): string | undefined {
  if (!key) return undefined;
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(key: string | undefined, text: string): void {
  if (!key) return;
  try {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {
    // No storage: the draft lives only in the open dialog.
  }
}

/**
 * The write-a-note dialog: a big uncontrolled textarea (so no remote update can reset it while
 * an IME is composing), then "who would do it?" as large radio buttons, then post.
 */
export function NoteComposer({
  open,
  lanes,
  lane,
  initialText,
  seedText,
  onSubmit,
  onClose,
  draftKey,
}: NoteComposerProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [startText] = useState(() => initialText ?? seedText ?? readDraft(draftKey));
  const [length, setLength] = useState(startText?.length ?? 0);
  const [chosen, setChosen] = useState<string | undefined>(lane);
  const [problem, setProblem] = useState('');
  const hintId = useId();
  const editing = initialText !== undefined;

  const submit = () => {
    if (ime.composing()) return;
    const text = textRef.current?.value.trim() ?? '';
    if (!text) return setProblem(t('board.required'));
    if (text.length > NOTE_TEXT_MAX) return setProblem(t('board.tooLong', { max: NOTE_TEXT_MAX }));
    const target = chosen ?? lanes[0]?.key;
    if (!target) return;
    writeDraft(draftKey, '');
    onSubmit(text, target);
  };
  const ime = useComposition(submit);

  return (
    <Dialog open={open} title={editing ? t('board.editTitle') : t('board.addLong')} onClose={onClose}>
      <form
        className="composer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span className="field__label">{t('board.write')}</span>
          <span id={hintId} className="field__hint">
            {t('board.writeHint')}
          </span>
          <textarea
            ref={textRef}
            className="composer__text"
            rows={4}
            maxLength={NOTE_TEXT_MAX * 2}
            defaultValue={startText}
            aria-describedby={hintId}
            data-autofocus
            onInput={(event) => {
              setLength(event.currentTarget.value.trim().length);
              writeDraft(draftKey, event.currentTarget.value);
              setProblem('');
            }}
            {...ime.handlers}
          />
          <span className={length > NOTE_TEXT_MAX ? 'field__count field__count--over' : 'field__count'}>
            {t('board.chars', { n: length, max: NOTE_TEXT_MAX })}
          </span>
        </label>
        {editing ? null : (
          <fieldset className="lane-choice">
            <legend>{t('board.whoDoes')}</legend>
            {lanes.map((l) => (
              <label key={l.key} className="lane-choice__option" style={{ borderColor: l.colour }}>
                <input
                  type="radio"
                  name="lane"
                  value={l.key}
                  checked={(chosen ?? lanes[0]?.key) === l.key}
                  onChange={() => setChosen(l.key)}
                />
                <span className="lane-choice__swatch" style={{ background: l.colour }} aria-hidden="true" />
                {language === 'en' ? l.en : l.ja}
              </label>
            ))}
          </fieldset>
        )}
        <FormError>{problem}</FormError>
        <div className="composer__actions">
          <Button onClick={onClose}>{t('board.cancel')}</Button>
          <Button type="submit" variant="primary" size="large">
            {editing ? t('board.save') : t('board.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
