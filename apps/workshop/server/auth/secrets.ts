import { randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import type { StoreFs } from '../store/storeFs';

/** Reads a secret file, or creates it once with fresh random bytes (hex). */
async function readOrCreate(
  fs: StoreFs,
  path: string,
  bytes: number,
): Promise<{ value: string; created: boolean }> {
  const existing = await fs.read(path);
  if (existing) {
    const value = existing.toString('utf8').trim();
    if (value.length >= 16) return { value, created: false };
    throw new Error(`${path} is too short to be a secret; remove it to generate a new one`);
  }
  const value = randomBytes(bytes).toString('hex');
  await fs.writeAtomic(path, new TextEncoder().encode(`${value}\n`));
  return { value, created: true };
}

/**
 * The signing key and the admin token. Both are generated once and kept under the data directory,
 * so tokens survive a restart and a newcomer needs no configuration; ADMIN_TOKEN overrides the file.
 */
export async function loadSecrets(fs: StoreFs, dataDir: string, adminFromEnv?: string) {
  const signing = await readOrCreate(fs, join(dataDir, 'secret'), 32);
  const admin = adminFromEnv
    ? { value: adminFromEnv, created: false }
    : await readOrCreate(fs, join(dataDir, 'admin-token'), 24);
  return {
    signingKey: new TextEncoder().encode(signing.value),
    adminToken: admin.value,
    adminCreated: admin.created,
  };
}

/** Compares a presented admin token in constant time. */
export function isAdminToken(presented: string | undefined, adminToken: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(adminToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
