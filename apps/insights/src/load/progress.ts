/** The steps of reading a file that can say how far they have got. */
export type LoadPhase = 'read' | 'decode' | 'parse' | 'check' | 'insert';

/** How far one step has got: `done` of `total` bytes, characters or rows. */
export interface LoadStep {
  phase: LoadPhase;
  done: number;
  total: number;
}

/** Receives progress; the CSV worker forwards it to the page, which draws a percentage. */
export type ProgressSink = (step: LoadStep) => void;

let sink: ProgressSink | null = null;

/**
 * Sets where progress goes. A module-level sink (rather than a parameter threaded through every
 * loader) is safe because each CSV worker runs exactly one job and is then terminated.
 */
export function setProgressSink(next: ProgressSink | null): void {
  sink = next;
}

/**
 * Reports `done` of `total` when at least `every` units have passed since the last report, so a
 * tight loop can call it on every row without flooding the page with messages.
 */
export function progressTicker(phase: LoadPhase, total: number, every: number): (done: number) => void {
  let next = 0;
  return (done) => {
    if (!sink || (done < next && done < total)) return;
    next = done + every;
    sink({ phase, done, total });
  };
}
