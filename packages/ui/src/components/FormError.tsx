import type { ReactNode } from 'react';

/** Props of FormError: the message (nothing renders without one) and an id for aria-describedby. */
interface FormErrorProps {
  children?: ReactNode;
  id?: string;
  /** A span, for an error that sits inside a `<label>` next to its field. */
  inline?: boolean;
}

/**
 * A refusal or a mistake in a form, announced at once (role="alert"): one element so every
 * screen says it the same way and in the same red, and callers need not guard it with a
 * condition — an empty message renders nothing.
 */
export function FormError({ children, id, inline }: FormErrorProps) {
  if (children === undefined || children === null || children === false || children === '') return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag id={id} className="form-error" role="alert">
      {children}
    </Tag>
  );
}
