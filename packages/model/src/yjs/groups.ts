import * as v from 'valibot';
import * as Y from 'yjs';
import type { GroupId } from '../records/ids';
import { type Group, GroupSchema } from '../records/note';
import { DOC_KEYS, readEntry } from './layout';

/** The fields a group's Y.Map may hold. */
const GROUP_KEYS = ['id', 'lane', 'name', 'goalCode'] as const;

/** The fields of a group kept in its Y.Map (typeName and workshopId are implied by the doc). */
type GroupFields = Omit<Group, 'typeName' | 'workshopId'>;

/** The map of groups in a workshop doc: group id → a Y.Map of that group's fields. */
export function groupsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(DOC_KEYS.groups);
}

/** Writes a whole group, one Y.Map per group so a rename and a lane move made together both survive. */
export function putGroup(doc: Y.Doc, group: Group): void {
  const fields: GroupFields = {
    id: group.id,
    lane: group.lane,
    name: group.name,
    ...(group.goalCode === undefined ? {} : { goalCode: group.goalCode }),
  };
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    groupsMap(doc).set(group.id, map);
  });
}

/** Reads one group, validated; an invalid entry reads as undefined rather than breaking the board. */
export function getGroup(doc: Y.Doc, workshopId: string, id: GroupId): Group | undefined {
  const fields = readEntry(groupsMap(doc).get(id), GROUP_KEYS);
  if (!fields) return undefined;
  const parsed = v.safeParse(GroupSchema, { ...fields, typeName: 'group', workshopId });
  return parsed.success ? parsed.output : undefined;
}

/** Reads every valid group, by lane then name, so exports list them in a stable order. */
export function listGroups(doc: Y.Doc, workshopId: string): Group[] {
  const groups: Group[] = [];
  for (const id of groupsMap(doc).keys()) {
    const group = getGroup(doc, workshopId, id as GroupId);
    if (group) groups.push(group);
  }
  return groups.sort(compareGroups);
}

/** The stable order of groups (lane, name, id) that lists and exports share. */
export function compareGroups(a: Group, b: Group): number {
  return a.lane.localeCompare(b.lane) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Removes a group; its notes keep their `groupId` until the caller clears it. */
export function deleteGroup(doc: Y.Doc, id: GroupId): boolean {
  if (!groupsMap(doc).has(id)) return false;
  groupsMap(doc).delete(id);
  return true;
}
