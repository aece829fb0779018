/** Where a tablet remembers whether its timer may chime; off unless someone turned it on. */
const SOUND_KEY = 'chiiki.timerSound';

/** Whether this tablet plays the end-of-time tone. */
export function soundOn(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turns the end-of-time tone on or off for this tablet. */
export function setSoundOn(on: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, on ? '1' : '0');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/**
 * A soft two-note chime (about one second, quiet, sine waves with a slow fade): a cue that time
 * is up without startling anyone in a hall of elderly residents. Silent where WebAudio is missing.
 */
export function playChime(): void {
  const Ctx = globalThis.AudioContext;
  if (!Ctx) return;
  const ctx = new Ctx();
  const start = ctx.currentTime + 0.05;
  for (const [i, freq] of [660, 880].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const at = start + i * 0.35;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.12, at + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.8);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.85);
  }
  setTimeout(() => void ctx.close(), 1600);
}
