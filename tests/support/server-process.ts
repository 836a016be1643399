// The real Mend server as a child process (`node --import tsx server/main.ts`, or a built file), for the suites that
// test what only a process shows: starting, signals, crashes, restarts, several instances. Ready when
// it logs the address it listens at (port 0: the kernel picks a free one) or, on a port chosen in
// advance, when GET /healthz answers. Every process a suite starts here is killed when it ends.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../bench/server-process.js';

export { freePort };

export const repo = resolve(import.meta.dirname, '../..');

const LISTENING = /Server listening at http:\/\/(127\.0\.0\.1:\d+)/;

export interface ServerOptions {
  /** DATABASE_URL, e.g. `sqlite:/tmp/x/mend.db`, `sqlite::memory:` or a postgres:// URL. */
  databaseUrl: string;
  /** A port chosen in advance (see `freePort`), to start again where a client expects it; else 0. */
  port?: number;
  /** More settings, over the defaults (LOG_LEVEL info, no rate limit, no retention). */
  env?: Record<string, string>;
  /** A built server file to run instead of the sources (e.g. the bundle `npm start` runs). */
  entry?: string;
  /** Run as this user and group (only a root test runner can): file permissions then apply. */
  user?: { uid: number; gid: number };
}

const started = new Set<ServerProcess>();
process.once('exit', () => {
  for (const server of started) server.child.kill('SIGKILL');
});

export class ServerProcess {
  readonly child: ChildProcess;
  /** The exit code; null when a signal ended it (SIGKILL, or SIGTERM it did not handle). */
  readonly exited: Promise<number | null>;
  /** host:port, known once `ready()` resolved. */
  address = '';
  private errors = '';
  private both = '';

  private constructor(private readonly options: ServerOptions) {
    const args = options.entry === undefined ? ['--import', 'tsx', 'server/main.ts'] : [options.entry];
    this.child = spawn(process.execPath, args, {
      cwd: repo,
      env: {
        ...process.env,
        PORT: String(options.port ?? 0),
        HOST: '127.0.0.1',
        DATABASE_URL: options.databaseUrl,
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: '0',
        RETENTION_DAYS: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.user === undefined ? {} : { uid: options.user.uid, gid: options.user.gid }),
    });
    started.add(this);
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.both += chunk.toString();
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.errors += chunk.toString();
      this.both += chunk.toString();
    });
    // 'close', not 'exit': by then everything the process wrote has been read.
    this.exited = new Promise((done) =>
      this.child.once('close', (code) => {
        started.delete(this);
        done(code);
      }),
    );
  }

  /** Starts the server without waiting for it: for a start that is meant to fail. */
  static spawn(options: ServerOptions): ServerProcess {
    return new ServerProcess(options);
  }

  /** Starts the server and waits until it serves. */
  static async start(options: ServerOptions, timeoutMs = 45_000): Promise<ServerProcess> {
    const level = options.env?.LOG_LEVEL ?? 'info';
    if (options.port === undefined && !['trace', 'debug', 'info'].includes(level)) {
      throw new Error(`At LOG_LEVEL ${level} the server does not log the port it picked: pass a port.`);
    }
    const server = new ServerProcess(options);
    await server.ready(timeoutMs);
    return server;
  }

  get url(): string {
    return `http://${this.address}`;
  }

  /** Everything the process wrote, stdout and stderr as they came. */
  output(): string {
    return this.both;
  }

  stderr(): string {
    return this.errors;
  }

  /** Waits for the listening line or, on a port chosen in advance, for /healthz. */
  async ready(timeoutMs: number): Promise<void> {
    let gone = false;
    void this.exited.then(() => {
      gone = true;
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const listening = LISTENING.exec(this.both)?.[1];
      if (listening !== undefined) {
        this.address = listening;
        return;
      }
      if (this.options.port !== undefined && (await answers(`127.0.0.1:${this.options.port}`))) {
        this.address = `127.0.0.1:${this.options.port}`;
        return;
      }
      if (gone) throw new Error(`the server exited while starting:\n${this.output()}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
    throw new Error(`the server did not start within ${timeoutMs / 1000} s:\n${this.output()}`);
  }

  /**
   * Sends `signal` (SIGTERM: a graceful stop; SIGKILL: a crash) and resolves with the exit code once
   * the process is gone. A SIGTERM still running after `graceMs` is followed by SIGKILL.
   */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM', graceMs = 20_000): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill(signal);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    return this.exited;
  }
}

/** Kills every server the suite started that still runs (for afterEach/afterAll). */
export async function killServers(): Promise<void> {
  await Promise.all([...started].map((server) => server.stop('SIGKILL')));
}

async function answers(address: string): Promise<boolean> {
  try {
    return (await fetch(`http://${address}/healthz`)).ok;
  } catch {
    return false; // not listening yet
  }
}

/** One JSON request to a running server; `body` is undefined for an empty answer (204). */
export async function api<T>(address: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`http://${address}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}
