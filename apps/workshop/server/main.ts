import { resolve } from 'node:path';
import { startServer } from './app';
import { fixHeapGrowth } from './heapGrowth';

/**
 * The board's server process, as started by `pnpm start`: configuration from the environment,
 * one machine-readable line on stdout once it listens, and a flushing shutdown on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  fixHeapGrowth();
  const env = process.env;
  const host = env.HOST || '0.0.0.0';
  const server = await startServer({
    dataDir: resolve(process.cwd(), env.DATA_DIR || './data'),
    port: Number(env.PORT || 8080),
    host,
    ...(env.ADMIN_TOKEN ? { adminToken: env.ADMIN_TOKEN } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    seedSample: env.SEED_SAMPLE !== '0',
    trustProxy: env.TRUST_PROXY === '1',
    ...(Number(env.ROOM_IDLE_MS) > 0 ? { idleMs: Number(env.ROOM_IDLE_MS) } : {}),
  });
  if (server.adminTokenCreated) {
    console.log(
      `admin token (shown once; also stored in the data directory as admin-token): ${server.adminToken}`,
    );
  }
  if (server.seeded > 0) console.log(`seeded ${server.seeded} sample workshops`);
  console.log(`listening on http://${host}:${server.port}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: flushing and stopping`);
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  console.error('server failed to start:', error);
  process.exit(1);
});
