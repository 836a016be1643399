// `npm run load`: the real server under C concurrent WebSocket sessions, against a bare Fastify +
// @fastify/websocket echo server driven by the same client, on loopback. Warm-up, then paired runs
// (echo, Mend, echo, Mend, ...); medians of turns/s, latency percentiles, errors, server CPU per
// turn and memory per connected session; then every acknowledged turn is checked through the API.
// Bounded: per-reply and per-run timeouts and an overall deadline; it stops by itself.
//
//   npm run load                          # C=1000 and C=100, M=20, 3 paired runs
//   npm run load -- --c 200 --m 10 --runs 1
//   flags: --c N[,N...]  --m N  --runs N  --seed N  --log-level info|warn  --max-minutes N  --tsx
//          --profile DIR   (the Mend server writes a V8 CPU profile there when it stops: node --cpu-prof)
//          --node-flags "--heap-growing-percent=20"   (extra node/V8 flags for the Mend server, to try a trade)

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgsOrExit } from '../server/cli/run-cli.js';

import { type LoadPlan, type LoadResult, runLoad, type VerifyResult, verifyAcked } from './load-client.js';
import { mendServerArgs, REPO, type ServerProcess, spawnServer } from './server-process.js';
import { median, round, summarize } from './stats.js';

const TARGETS = {
  throughputRatioMin: 0.4,
  p99RatioMax: 2.5,
  cpuUsPerTurnMax: 100,
  kbPerSessionMax: 50,
};

const { values: flags } = parseArgsOrExit({
  options: {
    c: { type: 'string', default: '1000,100' },
    m: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'log-level': { type: 'string', default: 'info' },
    'max-minutes': { type: 'string', default: '20' },
    tsx: { type: 'boolean', default: false },
    profile: { type: 'string' },
    'node-flags': { type: 'string', default: '' },
  },
});
const concurrencies = String(flags.c)
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const repliesPerUser = Number(flags.m);
const pairs = Number(flags.runs);
const seed = Number(flags.seed);
if (concurrencies.length === 0 || !(repliesPerUser > 0) || !(pairs > 0)) {
  process.stderr.write('usage: npm run load -- [--c 1000,100] [--m 20] [--runs 3] [--seed 1]\n');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'mend-load-'));
const started: ServerProcess[] = [];
const overall = setTimeout(() => {
  emit({ load: 'aborted', reason: `over the ${flags['max-minutes']} minute deadline` });
  for (const server of started) server.child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
  process.exit(3);
}, Number(flags['max-minutes']) * 60_000);
overall.unref();

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

interface RunFigures {
  target: 'mend' | 'echo';
  turns: number;
  turnsPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  errorKinds: Record<string, number>;
  cpuUsPerTurn: number;
  /** CPU per turn after taking out the sessions started mid-run (at the connect phase's cost each). */
  cpuUsPerTurnExclRotations: number;
  cpuUsPerSessionConnect: number;
  rotations: number;
  rssConnectedKbPerSession: number;
  rssDoneKbPerSession: number;
  /** The whole server process when the last reply is answered (what a host has to give it). */
  rssDoneMb: number;
  clientCpuUsPerTurn: number;
}

async function measuredRun(
  server: ServerProcess,
  target: 'mend' | 'echo',
  users: number,
  plan: Partial<LoadPlan>,
): Promise<{ figures: RunFigures; result: LoadResult }> {
  const cpu0 = server.cpuMicros();
  const rss0 = server.rssBytes();
  let cpu1 = 0;
  let cpu2 = 0;
  let rss1 = 0;
  let rss2 = 0;
  let client1 = 0;
  let client2 = 0;
  const result = await runLoad({
    origin: server.origin,
    users,
    repliesPerUser,
    seed,
    scenarioIds: [],
    timeoutMs: 30_000,
    runTimeoutMs: 240_000,
    ...plan,
    onConnected: () => {
      cpu1 = server.cpuMicros();
      rss1 = server.rssBytes();
      const c = process.cpuUsage();
      client1 = c.user + c.system;
    },
    onDone: () => {
      cpu2 = server.cpuMicros();
      rss2 = server.rssBytes();
      const c = process.cpuUsage();
      client2 = c.user + c.system;
    },
  });
  const lat = summarize(result.latenciesMs);
  const perSession = (cpu1 - cpu0) / Math.max(1, users);
  const turns = Math.max(1, result.turns);
  const figures: RunFigures = {
    target,
    turns: result.turns,
    turnsPerSec: (result.turns / result.replyMs) * 1000,
    p50: lat.median,
    p95: lat.p95,
    p99: lat.p99,
    errors: result.errorCount,
    errorKinds: Object.fromEntries(result.errors),
    cpuUsPerTurn: (cpu2 - cpu1) / turns,
    cpuUsPerTurnExclRotations: (cpu2 - cpu1 - result.rotations * perSession) / turns,
    cpuUsPerSessionConnect: perSession,
    rotations: result.rotations,
    rssConnectedKbPerSession: (rss1 - rss0) / 1024 / users,
    rssDoneKbPerSession: (rss2 - rss0) / 1024 / users,
    rssDoneMb: rss2 / 2 ** 20,
    clientCpuUsPerTurn: (client2 - client1) / turns,
  };
  return { figures, result };
}

function printable(f: RunFigures): Record<string, unknown> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
}

async function startMend(dir: string): Promise<ServerProcess> {
  const { args, mode } = mendServerArgs(note);
  const profile = flags.profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${flags.profile}`];
  const server = await spawnServer({
    args: [
      ...profile,
      ...String(flags['node-flags']).split(' ').filter(Boolean),
      ...(flags.tsx ? ['--import', 'tsx', join(REPO, 'server/main.ts')] : args),
    ],
    env: {
      DATABASE_URL: `sqlite:${join(dir, 'mend.db')}`,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: String(flags['log-level']),
    },
    logFile: join(dir, 'mend.log'),
  });
  note(
    `mend (${flags.tsx ? 'tsx' : mode}) ready on ${server.origin} in ${round(server.readyMs)} ms, pid ${server.pid}`,
  );
  started.push(server);
  return server;
}

async function startEcho(dir: string, bytes: LoadResult['meanBytes']): Promise<ServerProcess> {
  const server = await spawnServer({
    args: ['--import', 'tsx', join(REPO, 'bench/echo-server.ts')],
    env: {
      ECHO_TURN_BYTES: String(Math.round(bytes.turn)),
      ECHO_SESSION_BYTES: String(Math.round(bytes.session)),
      ECHO_CREATE_BYTES: String(Math.round(bytes.create)),
    },
    logFile: join(dir, 'echo.log'),
  });
  note(`echo ready on ${server.origin}, pid ${server.pid}`);
  started.push(server);
  return server;
}

async function scenarioIdsOf(origin: string): Promise<string[]> {
  const response = await fetch(`${origin}/api/scenarios`);
  const list = (await response.json()) as { id: string }[];
  return list.map((s) => s.id).sort();
}

interface Summary {
  c: number;
  mend: RunFigures[];
  echo: RunFigures[];
  memory: {
    mendKbPerSession: number;
    mendConnectedKbPerSession: number;
    echoKbPerSession: number;
    mendRssMb: number;
    echoRssMb: number;
  };
  verify: VerifyResult[];
}

async function loadAt(users: number): Promise<Summary> {
  const dir = mkdtempSync(join(work, `c${users}-`));
  const mend = await startMend(dir);
  const scenarioIds = await scenarioIdsOf(mend.origin);
  const verify: VerifyResult[] = [];

  // A small pre-warm (JIT, lazy initialisation), then the warm-up run at full size on a process that
  // has seen little else: its RSS growth is the memory figure.
  note(`C=${users}: pre-warm and warm-up (mend)`);
  await runLoad({ origin: mend.origin, users: Math.min(20, users), repliesPerUser, seed: seed + 1, scenarioIds });
  const warm = await measuredRun(mend, 'mend', users, { scenarioIds });
  emit({ load: 'warmup', c: users, m: repliesPerUser, ...printable(warm.figures) });
  verify.push(await verifyAcked(mend.origin, warm.result.sessions));
  const endsAt = warm.result.endsAt;

  const echo = await startEcho(dir, warm.result.meanBytes);
  note(`C=${users}: pre-warm and warm-up (echo)`);
  await runLoad({
    origin: echo.origin,
    users: Math.min(20, users),
    repliesPerUser,
    seed: seed + 1,
    scenarioIds: ['x'],
  });
  const echoWarm = await measuredRun(echo, 'echo', users, { scenarioIds: ['x'], endsAt });
  emit({ load: 'warmup', c: users, m: repliesPerUser, ...printable(echoWarm.figures) });

  const summary: Summary = {
    c: users,
    mend: [],
    echo: [],
    memory: {
      mendKbPerSession: warm.figures.rssDoneKbPerSession,
      mendConnectedKbPerSession: warm.figures.rssConnectedKbPerSession,
      echoKbPerSession: echoWarm.figures.rssDoneKbPerSession,
      mendRssMb: warm.figures.rssDoneMb,
      echoRssMb: echoWarm.figures.rssDoneMb,
    },
    verify,
  };
  for (let pair = 1; pair <= pairs; pair++) {
    note(
      `C=${users}: paired run ${pair}/${pairs} (load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')})`,
    );
    const e = await measuredRun(echo, 'echo', users, { scenarioIds: ['x'], endsAt });
    emit({ load: 'run', c: users, m: repliesPerUser, pair, ...printable(e.figures) });
    summary.echo.push(e.figures);
    const m = await measuredRun(mend, 'mend', users, { scenarioIds });
    emit({ load: 'run', c: users, m: repliesPerUser, pair, ...printable(m.figures) });
    summary.mend.push(m.figures);
    const checked = await verifyAcked(mend.origin, m.result.sessions);
    emit({ load: 'verify', c: users, pair, ...checked, problems: checked.problems.slice(0, 5) });
    verify.push(checked);
  }
  await echo.stop();
  await mend.stop();
  return summary;
}

function medianOf(runs: RunFigures[], key: keyof RunFigures): number {
  return median(runs.map((r) => r[key] as number));
}

function report(s: Summary): { line: Record<string, unknown>; text: string; pass: boolean } {
  const mend = {
    turnsPerSec: medianOf(s.mend, 'turnsPerSec'),
    p50: medianOf(s.mend, 'p50'),
    p95: medianOf(s.mend, 'p95'),
    p99: medianOf(s.mend, 'p99'),
    cpuUsPerTurn: medianOf(s.mend, 'cpuUsPerTurn'),
    cpuUsPerTurnExclRotations: medianOf(s.mend, 'cpuUsPerTurnExclRotations'),
    errors: s.mend.reduce((n, r) => n + r.errors, 0),
    rotations: medianOf(s.mend, 'rotations'),
  };
  const echo = {
    turnsPerSec: medianOf(s.echo, 'turnsPerSec'),
    p50: medianOf(s.echo, 'p50'),
    p95: medianOf(s.echo, 'p95'),
    p99: medianOf(s.echo, 'p99'),
    cpuUsPerTurn: medianOf(s.echo, 'cpuUsPerTurn'),
    errors: s.echo.reduce((n, r) => n + r.errors, 0),
  };
  const lost = s.verify.reduce((n, v) => n + v.lost, 0);
  const mismatched = s.verify.reduce((n, v) => n + v.mismatched, 0);
  const checkedTurns = s.verify.reduce((n, v) => n + v.ackedTurns, 0);
  const throughputRatio = mend.turnsPerSec / echo.turnsPerSec;
  const p99Ratio = mend.p99 / echo.p99;
  const checks = {
    zeroErrors: mend.errors + echo.errors === 0,
    zeroLost: lost === 0 && mismatched === 0,
    throughput: throughputRatio >= TARGETS.throughputRatioMin,
    p99: p99Ratio <= TARGETS.p99RatioMax,
    cpu: mend.cpuUsPerTurn <= TARGETS.cpuUsPerTurnMax,
    memory: s.memory.mendKbPerSession <= TARGETS.kbPerSessionMax,
  };
  const r = (x: number) => round(x);
  const line = {
    load: 'summary',
    c: s.c,
    m: repliesPerUser,
    pairedRuns: s.mend.length,
    mend: Object.fromEntries(Object.entries(mend).map(([k, v]) => [k, r(v)])),
    echo: Object.fromEntries(Object.entries(echo).map(([k, v]) => [k, r(v)])),
    throughputRatio: r(throughputRatio),
    p99Ratio: r(p99Ratio),
    memory: Object.fromEntries(Object.entries(s.memory).map(([k, v]) => [k, r(v)])),
    verified: { turns: checkedTurns, lost, mismatched },
    targets: checks,
  };
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  const text = [
    `C=${s.c} M=${repliesPerUser}, median of ${s.mend.length} paired runs`,
    `  ${mark(checks.throughput)} turns/s          mend ${r(mend.turnsPerSec)}  echo ${r(echo.turnsPerSec)}  ratio ${r(throughputRatio)} (>= ${TARGETS.throughputRatioMin})`,
    `  ${mark(checks.p99)} latency ms        mend p50 ${r(mend.p50)} p95 ${r(mend.p95)} p99 ${r(mend.p99)} | echo p50 ${r(echo.p50)} p95 ${r(echo.p95)} p99 ${r(echo.p99)}  p99 ratio ${r(p99Ratio)} (<= ${TARGETS.p99RatioMax})`,
    `  ${mark(checks.cpu)} server CPU/turn   mend ${r(mend.cpuUsPerTurn)} µs (${r(mend.cpuUsPerTurnExclRotations)} µs without the ${r(mend.rotations)} sessions restarted mid-run)  echo ${r(echo.cpuUsPerTurn)} µs  (<= ${TARGETS.cpuUsPerTurnMax})`,
    `  ${mark(checks.memory)} memory/session    mend ${r(s.memory.mendKbPerSession)} KB with its turns (${r(s.memory.mendConnectedKbPerSession)} KB just connected)  echo ${r(s.memory.echoKbPerSession)} KB  (<= ${TARGETS.kbPerSessionMax}); whole process after: mend ${r(s.memory.mendRssMb)} MB, echo ${r(s.memory.echoRssMb)} MB`,
    `  ${mark(checks.zeroErrors)} errors            mend ${mend.errors}  echo ${echo.errors}`,
    `  ${mark(checks.zeroLost)} acknowledged turns checked through the API: ${checkedTurns}, lost ${lost}, sessions not matching ${mismatched}`,
  ].join('\n');
  return { line, text, pass: checks.zeroErrors && checks.zeroLost };
}

const loadBefore = loadavg();
emit({
  load: 'start',
  nodeFlags: String(flags['node-flags']),
  cores: (await import('node:os')).cpus().length,
  loadavg: loadBefore.map(round),
  concurrencies,
  m: repliesPerUser,
  pairs,
});
const texts: string[] = [];
let allPass = true;
try {
  for (const users of concurrencies) {
    const summary = await loadAt(users);
    const { line, text, pass } = report(summary);
    emit(line);
    texts.push(text);
    allPass &&= pass;
  }
} finally {
  for (const server of started) await server.stop();
  rmSync(work, { recursive: true, force: true });
}
const loadAfter = loadavg();
emit({ load: 'end', loadavg: loadAfter.map(round) });
process.stdout.write(
  `\n${texts.join('\n\n')}\n\nload average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter
    .map((x) => x.toFixed(2))
    .join(' ')} (2 cores shared by client, servers and anything else running)\n`,
);
clearTimeout(overall);
process.exit(allPass ? 0 : 1);
