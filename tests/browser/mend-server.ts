// The real Mend server for the browser suite: the server process on a free port with its own SQLite
// file, which can be stopped and started again on the same port and file (the connection-loss
// test). Also builds the web client into dist/client, which the server serves.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtAt, newest } from '../../scripts/bundle-server.mjs';
import { freePort, repo, ServerProcess } from '../support/server-process.js';

const CLIENT_SOURCES = ['client', 'server/api-contract.ts', 'server/engine/types.ts', 'package-lock.json'];
const BUILD_LOCK = join(repo, 'dist/.client-build.lock');

function clientIsStale(): boolean {
  return builtAt(join(repo, 'dist/client/index.html')) < newest(CLIENT_SOURCES.map((path) => join(repo, path)));
}

/**
 * Builds the client exactly as `npm run build` does, so the suite tests the current code; skipped
 * when dist/client is newer than every source it is built from (as `npm start` decides). Suites in
 * parallel take turns (a lock directory): a build empties dist/client, which must not happen under
 * another suite serving it.
 */
export async function buildClient(): Promise<void> {
  mkdirSync(join(repo, 'dist'), { recursive: true });
  for (const waitUntil = Date.now() + 120_000; ; ) {
    if (!clientIsStale()) return;
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // Another suite is building; a lock left by a killed run is taken over after two minutes.
      if (Date.now() - builtAt(BUILD_LOCK) > 120_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > waitUntil) throw new Error(`another build still holds ${BUILD_LOCK}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!clientIsStale()) return;
    const { build } = await import('vite');
    await build({ configFile: join(repo, 'client/vite.config.ts'), logLevel: 'warn' });
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export class MendServer {
  readonly url: string;
  private process: ServerProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async start(): Promise<MendServer> {
    const server = new MendServer(await freePort(), mkdtempSync(join(tmpdir(), 'mend-browser-')));
    await server.start();
    return server;
  }

  /** Starts (again) on the same port and database file. */
  async start(): Promise<void> {
    this.process = await ServerProcess.start(
      { databaseUrl: `sqlite:${join(this.dir, 'mend.db')}`, port: this.port, env: { LOG_LEVEL: 'warn' } },
      60_000,
    );
  }

  /** Stops the process (SIGTERM: graceful; SIGKILL: a crash) and waits until it is gone. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    await this.process?.stop(signal);
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** What the server wrote, for a failing test's message. */
  log(): string {
    return this.process?.output() ?? '';
  }
}
