import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** The visual weight of a button: one primary action per screen, quiet for secondary ones. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

/** Props of Button: a native button's props plus a variant and a size. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'large';
  children: ReactNode;
}

/**
 * A native button with the theme's 44px minimum target and visible focus: native so it works
 * with every screen reader and keyboard without a widget library in the participant bundle.
 */
export function Button({ variant = 'secondary', size = 'normal', className, type, ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, size === 'large' ? 'btn--large' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button type={type ?? 'button'} className={classes} {...rest} />;
}
