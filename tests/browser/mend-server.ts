// The real Mend server for the browser suite: `node --import tsx server/main.ts` on a free port with
// its own SQLite file, which can be stopped and started again on the same port and file (the
// connection-loss test). Also builds the web client into dist/client, which the server serves.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');

/** Builds the client exactly as `npm run build` does, so the suite tests the current code. */
export async function buildClient(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'client/vite.config.ts'), logLevel: 'warn' });
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export class MendServer {
  readonly url: string;
  private child: ChildProcess | undefined;
  private output = '';

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
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repo,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(this.dir, 'mend.db')}`,
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.keep(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.keep(chunk));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The Mend server exited while starting:\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((wait) => setTimeout(wait, 150));
    }
    throw new Error(`The Mend server did not start within 60 s:\n${this.output}`);
  }

  /** Stops the process (SIGTERM: graceful; SIGKILL: a crash) and waits until it is gone. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** What the server wrote, for a failing test's message. */
  log(): string {
    return this.output;
  }

  private keep(chunk: Buffer): void {
    // Bounded: a long run must not grow without limit.
    this.output = (this.output + chunk.toString()).slice(-20_000);
  }
}
