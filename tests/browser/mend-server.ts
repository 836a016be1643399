// The real Mend server for the browser suite: the server process on a free port with its own SQLite
// file, which can be stopped and started again on the same port and file (the connection-loss
// test). Also builds the web client into dist/client, which the server serves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtAt, newest } from '../../scripts/bundle-server.mjs';
import { freePort, repo, ServerProcess } from '../support/server-process.js';

/**
 * Builds the client exactly as `npm run build` does, so the suite tests the current code; skipped
 * when dist/client is newer than every source it is built from (as `npm start` decides). Emptying
 * dist/client needlessly would pull it from under another suite serving it at the same time.
 */
export async function buildClient(): Promise<void> {
  const sources = ['client', 'server/api-contract.ts', 'server/engine/types.ts', 'package-lock.json'];
  if (builtAt(join(repo, 'dist/client/index.html')) >= newest(sources.map((path) => join(repo, path)))) return;
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'client/vite.config.ts'), logLevel: 'warn' });
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
