import { http } from './http';

/**
 * Everything the operator can see of a workshop (its export minus the export time, and its
 * metadata), so an authorization cell can prove a refused request changed nothing at all.
 */
export async function workshopState(base: string, adminToken: string, id: string): Promise<unknown> {
  const exported = await http(base, { path: `/api/workshops/${id}/export`, token: adminToken });
  const meta = await http(base, { path: `/api/workshops/${id}`, token: adminToken });
  if (exported.status !== 200 || meta.status !== 200) {
    throw new Error(`state of ${id}: export ${exported.status}, meta ${meta.status}`);
  }
  const { exportedAt: _ignored, ...rest } = exported.json as Record<string, unknown>;
  const { online: _online, ...metaRest } = meta.json as Record<string, unknown>;
  return { export: rest, meta: metaRest };
}
