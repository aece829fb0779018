import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** Props of IconButton: the accessible label is required because the icon has no words. */
export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'> {
  label: string;
  icon: ReactNode;
}

/**
 * A square button showing only an icon, still 44px and still named for screen readers, so
 * tight places (dialog close, card tools) stay usable by touch and by voice.
 */
export function IconButton({ label, icon, className, type, ...rest }: IconButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      aria-label={label}
      title={label}
      className={['btn', 'btn--quiet', 'icon-btn', className ?? ''].filter(Boolean).join(' ')}
      {...rest}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
