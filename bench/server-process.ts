// Starting and watching server processes for the benchmarks: the real Mend server (built, as it
// runs in production) or a bare baseline script, on a free loopback port, ready when GET /healthz
// answers 200. CPU time and RSS are read from /proc, so the figures are the server's own, not the
// client's that shares the machine with it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { buildServer, SERVER_BUNDLE, serverIsStale } from '../scripts/bundle-server.mjs';

export const REPO = resolve(import.meta.dirname, '..');
/** The server as `npm start` and the container run it: bundled into one file (scripts/bundle-server.mjs). */
export const BUILT_MAIN = SERVER_BUNDLE;

/** Clock ticks per second for /proc/<pid>/stat (USER_HZ: 100 on Linux unless getconf says otherwise). */
let ticksPerSecond: number | undefined;
function clockTicksPerSecond(): number {
  // Asked once, when first needed: the test suites import this file only for freePort.
  if (ticksPerSecond === undefined) {
    const n = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim());
    ticksPerSecond = Number.isFinite(n) && n > 0 ? n : 100;
  }
  return ticksPerSecond;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly origin: string;
  /** Milliseconds from spawn until /healthz answered 200. */
  readonly readyMs: number;
  readonly logFile: string;
  /** User + system CPU time of the process so far, in microseconds. */
  cpuMicros(): number;
  /** Resident set size now, in bytes. */
  rssBytes(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  /** Arguments to `node`. */
  args: string[];
  env?: Record<string, string>;
  /** Where the process's stdout and stderr go (a file: no pipe for the client to drain). */
  logFile: string;
  port?: number;
  timeoutMs?: number;
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** A port nobody listens on right now (the kernel's pick; freed before the server takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const out = openSync(options.logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, options.args, {
    cwd: REPO,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  children.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => children.delete(child));
  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin, child, options.timeoutMs ?? 30_000, options.logFile);
  const readyMs = performance.now() - started;
  const pid = child.pid as number;
  return {
    child,
    pid,
    port,
    origin,
    readyMs,
    logFile: options.logFile,
    cpuMicros: () => procCpuMicros(pid),
    rssBytes: () => procRssBytes(pid),
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(logFile)}`);
    }
    if ((await healthStatus(origin)) === 200) return;
    await new Promise((r) => setTimeout(r, 3));
  }
  child.kill('SIGKILL');
  throw new Error(`server not ready within ${timeoutMs} ms:\n${tail(logFile)}`);
}

function healthStatus(origin: string): Promise<number> {
  return new Promise((done) => {
    const req = request(`${origin}/healthz`, { agent: false }, (res) => {
      res.resume();
      res.once('end', () => done(res.statusCode ?? 0));
    });
    req.once('error', () => done(0));
    req.end();
  });
}

export function tail(file: string, bytes = 4000): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.slice(-bytes);
  } catch {
    return '';
  }
}

export function procCpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime (field 14) + stime (field 15)
  return (ticks / clockTicksPerSecond()) * 1e6;
}

export function procRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/**
 * The arguments that run the real server: the build in dist/ when it is current (how it runs in
 * production), rebuilt first when a server source is newer; tsx only if the build fails.
 */
export function mendServerArgs(log: (line: string) => void = () => {}): { args: string[]; mode: 'dist' | 'tsx' } {
  if (serverIsStale()) {
    log('building the server (scripts/bundle-server.mjs) ...');
    try {
      buildServer();
    } catch (error) {
      log(`the build reported problems:\n${(error as Error).message.slice(0, 2000)}`);
    }
  }
  if (existsSync(BUILT_MAIN)) return { args: [BUILT_MAIN], mode: 'dist' };
  return { args: ['--import', 'tsx', join(REPO, 'server/main.ts')], mode: 'tsx' };
}
