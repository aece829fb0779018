/** Props of ProgressBar: a fraction 0–1, or null for "busy, amount unknown". */
interface ProgressBarProps {
  value: number | null;
  label: string;
}

/** A native progress bar with a visible label: screen readers announce it, and it works in print. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  return (
    <div className="progress" role="status">
      <span>{label}</span>
      <progress max={1} {...(value === null ? {} : { value })} aria-label={label} />
      {value === null ? null : <span>{Math.round(value * 100)}%</span>}
    </div>
  );
}
