import { useId, useRef, useState } from 'react';
import { JOIN_CODE_LENGTH, normaliseJoinCode } from './joinCode';

/** Props of CodeBoxes: the code so far, its label and hint, and the change handler. */
interface CodeBoxesProps {
  value: string;
  label: string;
  hint: string;
  onChange: (code: string) => void;
}

/**
 * The join code as six big boxes. It is one real text field (so paste, IME, screen readers and
 * autofill just work) drawn over six boxes that show each character; the code is cleaned only
 * after an IME composition ends, never in the middle of one.
 */
export function CodeBoxes({ value, label, hint, onChange }: CodeBoxesProps) {
  const id = useId();
  const composing = useRef(false);
  const [focused, setFocused] = useState(false);
  const commit = (input: HTMLInputElement) => {
    const code = normaliseJoinCode(input.value);
    if (input.value !== code) input.value = code;
    onChange(code);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      <div className={focused ? 'code-boxes code-boxes--focus' : 'code-boxes'}>
        <input
          id={id}
          className="code-boxes__input"
          defaultValue={value}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          enterKeyHint="next"
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            commit(event.currentTarget);
          }}
          onInput={(event) => {
            if (!composing.current) commit(event.currentTarget);
          }}
        />
        {Array.from({ length: JOIN_CODE_LENGTH }, (_, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the boxes are fixed positions, not data.
            key={i}
            aria-hidden="true"
            className={
              i === Math.min(value.length, JOIN_CODE_LENGTH - 1) && focused
                ? 'code-box code-box--active'
                : 'code-box'
            }
          >
            {value[i] ?? ''}
          </span>
        ))}
      </div>
    </div>
  );
}
