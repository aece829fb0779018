import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Count and self size of one group of heap nodes. */
export interface NodeGroup {
  count: number;
  bytes: number;
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * The nodes of a V8 heap snapshot grouped by "type name" (strings grouped as one), so two
 * snapshots of one process can be diffed by what the program holds, not by addresses.
 */
export function heapGroups(path: string): Map<string, NodeGroup> {
  const { snapshot, nodes, strings } = JSON.parse(readFileSync(path, 'utf8')) as RawSnapshot;
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const groups = new Map<string, NodeGroup>();
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt] as number] as string;
    const name = type.includes('string') ? '' : (strings[nodes[i + nameAt] as number] ?? '').slice(0, 60);
    const key = `${type} ${name}`.trim();
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += nodes[i + sizeAt] as number;
    groups.set(key, group);
  }
  return groups;
}

/**
 * A snapshot's bytes split into V8's compiled code (machine code, bytecode, deoptimization data,
 * feedback: the snapshot's `code` nodes, which grow as the JIT warms up and are no state of the
 * program) and everything else: the objects the program holds.
 */
export function heapSplit(path: string): { objectBytes: number; codeBytes: number } {
  let objectBytes = 0;
  let codeBytes = 0;
  for (const [key, group] of heapGroups(path)) {
    if (key === 'code' || key.startsWith('code ')) codeBytes += group.bytes;
    else objectBytes += group.bytes;
  }
  return { objectBytes, codeBytes };
}

/** Rows of what grew from one snapshot to another, largest growth first. */
export function heapDiff(before: string, after: string): Array<{ key: string } & NodeGroup> {
  const a = heapGroups(before);
  const b = heapGroups(after);
  const rows = [...new Set([...a.keys(), ...b.keys()])].map((key) => {
    const old = a.get(key) ?? { count: 0, bytes: 0 };
    const now = b.get(key) ?? { count: 0, bytes: 0 };
    return { key, count: now.count - old.count, bytes: now.bytes - old.bytes };
  });
  return rows.sort((x, y) => y.bytes - x.bytes);
}

// `cd tests && npx tsx reliability/lib/heapSnapshot.ts before.heapsnapshot after.heapsnapshot [rows]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [before, after, rows = '40'] = process.argv.slice(2);
  if (!before || !after)
    throw new Error('usage: heapSnapshot.ts before.heapsnapshot after.heapsnapshot [rows]');
  for (const [name, path] of [
    ['before', before],
    ['after', after],
  ] as const)
    console.log(name, heapSplit(path));
  for (const row of heapDiff(before, after).slice(0, Number(rows)))
    console.log(`${String(row.bytes).padStart(10)} B ${String(row.count).padStart(8)}  ${row.key}`);
}
