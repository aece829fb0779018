import { cpus, totalmem } from 'node:os';

/** A short machine description for the table, so figures from different machines are not compared blindly. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const gib = Math.round(totalmem() / 2 ** 30);
  return `${cpus().length}× ${cpu}, ${gib} GiB, Node ${process.versions.node}`;
}
