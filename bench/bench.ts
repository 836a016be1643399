// `npm run bench`: what one reply costs, part by part, each against a baseline measured in the same
// run on the same machine, so a figure reads as a ratio and survives a busy machine better than a
// bare number.
//
//   classify   µs per classifyReply over >= 10,000 corpus replies   vs JSON.parse(JSON.stringify(row))
//              and again with the CPU caches evicted before each call (what a busy server sees)
//   safety     µs per detectCrisis over the same corpus replies, and over the crisis examples
//              (server/engine/safety/training/dev-examples.jsonl)           vs JSON.parse(JSON.stringify(row))
//   import     ms to import the classifier (model load) in a fresh node   vs importing fastify
//   model-load ms of a fresh node that imports the classifier, start to exit vs a bare node;
//              the target is on the difference (<= 300 ms), and the model file's size is reported
//   turn       µs per takeTurn (classify + machine + feedback)      vs JSON round trip of the turn
//   store      µs per committed turn through SqliteStore, alone and 100 per transaction
//                                                                   vs a bare better-sqlite3 INSERT
//   start      ms from spawning the real server to /healthz 200      vs a bare Fastify + websocket start
//   heap       KB of live JavaScript heap per session after 20 turns (1,000 sessions in a
//              SessionService on SQLite, after forced GCs)      vs the same sessions just created
//
//   npm run bench                 # JSON lines on stdout, then a short summary
//   npm run bench -- --only classify,turn --n 20000

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { parseArgsOrExit } from '../server/cli/run-cli.js';
import {
  classifyReply,
  detectCrisis,
  type EngineSession,
  type Scenario,
  startSession,
  type Turn,
  takeTurn,
} from '../server/engine/index.js';
import { loadScenarioDir } from '../server/scenario-files.js';
import { SessionService } from '../server/session-service.js';
import { SqliteStore } from '../server/store/sqlite-store.js';
import type { NewTurn } from '../server/store/store.js';
import { corpus, replies, replyStream } from './corpus-replies.js';
import { mendServerArgs, REPO, spawnServer } from './server-process.js';
import { round, type Summary, summarize } from './stats.js';

const SECTIONS = ['classify', 'safety', 'import', 'turn', 'store', 'start', 'heap'] as const;
type Section = (typeof SECTIONS)[number];

const { values: flags } = parseArgsOrExit({
  options: {
    only: { type: 'string', default: SECTIONS.join(',') },
    n: { type: 'string', default: '12000' },
    seed: { type: 'string', default: '1' },
    starts: { type: 'string', default: '7' },
  },
});
const only = new Set(String(flags.only).split(',') as Section[]);
const N = Math.max(10_000, Number(flags.n));
const SEED = Number(flags.seed);
const work = mkdtempSync(join(tmpdir(), 'mend-bench-'));

interface Figure {
  bench: string;
  unit: string;
  what: string;
  value: Summary;
  baseline: { what: string; value: Summary };
  /** value.median / baseline.median */
  ratio: number;
  target?: { median_max?: number; max?: number; pass: boolean };
  extra?: Record<string, unknown>;
}

const figures: Figure[] = [];

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

function rounded(s: Summary): Record<string, number> {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]));
}

function record(figure: Figure): void {
  figures.push(figure);
  emit({
    ...figure,
    value: rounded(figure.value),
    baseline: { what: figure.baseline.what, value: rounded(figure.baseline.value) },
    ratio: round(figure.ratio),
  });
}

/** CPU µs per call of the last `timeEach`: on a shared machine, steadier than the wall clock. */
let lastCpuMeanUs = Number.NaN;

/**
 * Times `fn(item)` once per item, in µs of wall clock, after `warm` untimed calls. `beforeEach` runs
 * outside the timing (but inside the CPU figure).
 */
function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, warm = 1000, beforeEach?: () => void): number[] {
  for (let i = 0; i < Math.min(warm, items.length); i++) fn(items[i] as T);
  const samples = new Array<number>(items.length);
  const cpu = process.cpuUsage();
  for (let i = 0; i < items.length; i++) {
    beforeEach?.();
    const t0 = process.hrtime.bigint();
    fn(items[i] as T);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const used = process.cpuUsage(cpu);
  lastCpuMeanUs = (used.user + used.system) / items.length;
  return samples;
}

let sink = 0;

function benchClassify(): void {
  const rows = replies(N, SEED, null).map((row) => ({
    text: row.text,
    context: { partner: row.partner, emotion: row.emotion },
    row,
  }));
  // Warm up over the whole mix once: each of the ~280 cue patterns is compiled the first time it is
  // tried, and a short warm-up leaves rarely used ones cold, which measures V8's regexp compiler.
  const value = summarize(timeEach(rows, (r) => (sink += classifyReply(r.text, r.context).confidence), rows.length));
  const cpuMeanUs = lastCpuMeanUs;
  const baseline = summarize(timeEach(rows, (r) => (sink += JSON.parse(JSON.stringify(r.row)).text.length)));
  record({
    bench: 'classify',
    unit: 'us',
    what: `classifyReply over ${N} corpus replies (all ${corpus().length} rows, every label)`,
    value,
    baseline: { what: 'JSON.parse(JSON.stringify(corpus row))', value: baseline },
    ratio: value.median / baseline.median,
    target: { median_max: 50, pass: value.median <= 50 },
    extra: { cpuMeanUs: round(cpuMeanUs) },
  });
}

/** The crisis check runs on every reply: ordinary replies (most anchors absent) and crisis lines. */
function benchSafety(): void {
  const rows = replies(N, SEED, null);
  const file = join(REPO, 'server/engine/safety/training/dev-examples.jsonl');
  const examples = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const flagged = (text: string) => (sink += detectCrisis(text) === null ? 0 : 1);
  const value = summarize(timeEach(rows, (r) => flagged(r.text), rows.length));
  const cpuMeanUs = lastCpuMeanUs;
  const crisisLines = Array.from({ length: N }, (_, i) => examples[i % examples.length] as string);
  const onExamples = summarize(timeEach(crisisLines, flagged, crisisLines.length));
  const baseline = summarize(timeEach(rows, (r) => (sink += JSON.parse(JSON.stringify(r)).text.length)));
  record({
    bench: 'safety',
    unit: 'us',
    what: `detectCrisis over ${N} corpus replies`,
    value,
    baseline: { what: 'JSON.parse(JSON.stringify(corpus row))', value: baseline },
    ratio: value.median / baseline.median,
    target: { median_max: 20, pass: value.median <= 20 },
    extra: { cpuMeanUs: round(cpuMeanUs), devExamples: rounded(onExamples) },
  });
}

// 8 MB, more than this machine's L2 cache (2 MB a core): writing it evicts what the last call left
// in the cache, as the sockets, the store and the other sessions' turns do on a busy server.
const EVICTION = new Float64Array(1 << 20);
function evictCpuCaches(): void {
  for (let i = 0; i < EVICTION.length; i += 8) EVICTION[i] = (EVICTION[i] ?? 0) + 1; // one write per 64-byte line
}

/**
 * classifyReply as a busy server sees it: the same replies, each after the CPU caches were evicted.
 * In `npm run load` the classifier costs about this, not the warm figure above.
 */
function benchClassifyEvicted(): void {
  const rows = replies(2000, SEED + 1, null).map((row) => ({
    text: row.text,
    context: { partner: row.partner, emotion: row.emotion },
    row,
  }));
  const classify = (r: (typeof rows)[number]) => (sink += classifyReply(r.text, r.context).confidence);
  const value = summarize(timeEach(rows, classify, rows.length, evictCpuCaches));
  const baseline = summarize(
    timeEach(rows, (r) => (sink += JSON.parse(JSON.stringify(r.row)).text.length), 1000, evictCpuCaches),
  );
  record({
    bench: 'classify-cold',
    unit: 'us',
    what: `classifyReply over ${rows.length} corpus replies, the CPU caches evicted before each (8 MB written)`,
    value,
    baseline: { what: 'JSON.parse(JSON.stringify(corpus row)), evicted the same way', value: baseline },
    ratio: value.median / baseline.median,
    target: { median_max: 80, pass: value.median <= 80 },
  });
}

let gc: (() => void) | undefined;
/** Heap in use after full collections (`--expose-gc` switched on here, so `npm run bench` needs no flag). */
function heapAfterGc(): number {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * What a live session keeps in memory (engine state, its XState snapshot, request ids), without
 * sockets or V8's headroom for garbage, both of which `npm run load`'s RSS figure includes.
 */
async function benchHeap(scenarios: Scenario[]): Promise<void> {
  const SESSIONS = 1000;
  const store = new SqliteStore(join(work, 'heap.db'));
  const service = new SessionService({
    store,
    scenarios: new Map(scenarios.map((s) => [s.id, s])),
    cacheSize: SESSIONS + 50,
  });
  const next = replyStream(SEED);
  // Fill what all sessions share first (the classifier's stem caches, JIT code), so it is not
  // counted against the sessions measured below.
  for (let i = 0; i < 50; i++) {
    const { id } = await service.create({ scenarioId: (scenarios[i % scenarios.length] as Scenario).id });
    for (let t = 0; t < 20; t++) await service.reply(id, { text: next().text }).catch(() => undefined);
  }
  const before = heapAfterGc();
  const ids: string[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    ids.push((await service.create({ scenarioId: (scenarios[i % scenarios.length] as Scenario).id })).id);
  }
  const created = heapAfterGc();
  let turns = 0;
  for (let t = 0; t < 20; t++) {
    await Promise.all(
      ids.map((id, i) =>
        service.reply(id, { text: next().text, requestId: `heap-${i}-${t}` }).then(
          () => (turns += 1),
          () => undefined, // the partner ended this conversation: it stays in memory as it is
        ),
      ),
    );
  }
  const after = heapAfterGc();
  await service.close();
  await store.close();
  const kb = (bytes: number) => bytes / 1024 / SESSIONS;
  record({
    bench: 'heap',
    unit: 'KB',
    what: `live JS heap per session, ${SESSIONS} sessions in a SessionService on SQLite after ${turns} turns (up to 20 each), forced GC`,
    value: summarize([kb(after - before)]),
    baseline: { what: 'the same sessions just created', value: summarize([kb(created - before)]) },
    ratio: (after - before) / (created - before),
  });
}

/** Milliseconds for `import(specifier)` in a fresh node process, `times` times. */
function importTimes(specifier: string, times: number, args: string[] = []): number[] {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t0));`;
  return Array.from({ length: times }, () =>
    Number(
      execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' }),
    ),
  );
}

function benchImport(): void {
  const { mode } = mendServerArgs(note);
  const times = 5;
  const module =
    mode === 'dist'
      ? pathToFileURL(join(REPO, 'dist/server/engine/classifier/classify-reply.js')).href
      : pathToFileURL(join(REPO, 'server/engine/classifier/classify-reply.ts')).href;
  const args = mode === 'dist' ? [] : ['--import', 'tsx'];
  const value = summarize(importTimes(module, times, args));
  const baseline = summarize(importTimes('fastify', times, args));
  record({
    bench: 'import',
    unit: 'ms',
    what: `import the classifier module with its trained model, fresh node process (${mode}), median of ${times}`,
    value,
    baseline: { what: "import('fastify') in a fresh node process", value: baseline },
    ratio: value.median / baseline.median,
  });
  benchModelLoad(module, args, mode);
}

/** Wall-clock ms of `times` fresh node processes running `script` (start to exit). */
function processTimes(script: string, times: number, args: string[]): number[] {
  return Array.from({ length: times }, () => {
    const t0 = performance.now();
    execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: REPO });
    return performance.now() - t0;
  });
}

/**
 * What loading the classifier adds to a process: a fresh node that imports it (the model is
 * compiled at import) and exits, against a bare node start and exit, alternating, in the same run.
 */
function benchModelLoad(module: string, args: string[], mode: string): void {
  const times = 7;
  const load: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < times; i++) {
    load.push(...processTimes(`await import(${JSON.stringify(module)});`, 1, args));
    bare.push(...processTimes('', 1, args));
  }
  const value = summarize(load);
  const baseline = summarize(bare);
  const bytes = statSync(join(REPO, 'server/engine/classifier/model.generated.json')).size;
  record({
    bench: 'model-load',
    unit: 'ms',
    what: `a fresh node process (${mode}) that imports the classifier and its model, start to exit, ${times} runs`,
    value,
    baseline: { what: 'a bare node process, started and exited the same way', value: baseline },
    ratio: value.median / baseline.median,
    // The target is on what loading adds to a bare start (the extra `addedMs`).
    target: { median_max: 300, pass: value.median - baseline.median <= 300 },
    extra: { addedMs: round(value.median - baseline.median), modelFileKB: round(bytes / 1024) },
  });
}

/** A few hundred sessions' worth of turns, round-robin over every scenario; a session that ends is replaced. */
function* turnWorkload(scenarios: Scenario[], count: number): Generator<{ session: EngineSession; text: string }> {
  const texts = replies(count, SEED + 7);
  let sessionSeed = SEED * 1000;
  const fresh = (i: number) => startSession(scenarios[i % scenarios.length] as Scenario, sessionSeed++);
  const live = Array.from({ length: 64 }, (_, i) => fresh(i));
  for (let i = 0; i < count; i++) {
    const slot = i % live.length;
    let session = live[slot] as EngineSession;
    if (session.status !== 'active') session = fresh(slot);
    const text = (texts[i] as { text: string }).text;
    yield { session, text };
    live[slot] = takeTurn(session, text).session;
  }
}

async function benchTurn(scenarios: Scenario[]): Promise<void> {
  // Replay the same workload: first untimed to collect (session, text) pairs, then timed.
  const work = [...turnWorkload(scenarios, N)];
  const turns: Turn[] = [];
  const value = summarize(
    timeEach(work, (w) => {
      const { turn } = takeTurn(w.session, w.text);
      turns.push(turn);
      return turn;
    }),
  );
  const cpuMeanUs = lastCpuMeanUs;
  const baseline = summarize(timeEach(turns, (t) => (sink += JSON.parse(JSON.stringify(t)).index)));
  record({
    bench: 'turn',
    unit: 'us',
    what: `takeTurn (classify + partner machine + feedback) over ${N} turns, ${scenarios.length} scenarios`,
    value,
    baseline: { what: 'JSON.parse(JSON.stringify(the turn))', value: baseline },
    ratio: value.median / baseline.median,
    extra: { cpuMeanUs: round(cpuMeanUs) },
  });
}

/** Sessions with their turns, as the service hands them to the store. */
function storedWorkload(scenarios: Scenario[], sessions: number, turnsEach: number) {
  const texts = replies(sessions * turnsEach * 2, SEED + 11);
  let t = 0;
  const created = new Date().toISOString();
  return Array.from({ length: sessions }, (_, s) => {
    let session = startSession(scenarios[s % scenarios.length] as Scenario, SEED * 31 + s);
    const id = `bench-${s}`;
    const start = session;
    const turns: NewTurn[] = [];
    while (turns.length < turnsEach) {
      if (session.status !== 'active') break;
      const next = takeTurn(session, (texts[t++ % texts.length] as { text: string }).text);
      session = next.session;
      turns.push({
        sessionId: id,
        turn: next.turn,
        snapshot: session.snapshot,
        status: session.status,
        requestId: `r-${s}-${turns.length}`,
        createdAt: created,
      });
    }
    return { id, start, turns, created };
  });
}

async function openBenchStore(name: string, scenarios: Scenario[], sessions: number, turnsEach: number) {
  const store = new SqliteStore(join(work, `${name}.db`));
  const workload = storedWorkload(scenarios, sessions, turnsEach);
  await store.createSessions(
    workload.map((w) => ({
      id: w.id,
      tokenHash: 'f'.repeat(64),
      scenarioId: w.start.scenario.id,
      seed: w.start.seed,
      difficulty: w.start.difficulty,
      status: w.start.status,
      opening: w.start.partner,
      snapshot: w.start.snapshot,
      createdAt: w.created,
    })),
  );
  return { store, workload };
}

/** The turns in commit order: round-robin over sessions, each in its own order (as live traffic). */
function interleave(workload: { turns: NewTurn[] }[]): NewTurn[][] {
  const rounds: NewTurn[][] = [];
  for (const w of workload) {
    w.turns.forEach((turn, i) => {
      rounds[i] ??= [];
      rounds[i].push(turn);
    });
  }
  return rounds;
}

function bareDb(name: string): Database.Database {
  const db = new Database(join(work, `${name}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
  return db;
}

async function benchStore(scenarios: Scenario[]): Promise<void> {
  const sessions = 100;
  const turnsEach = 20;

  // One turn per transaction: what a quiet server pays.
  const single = await openBenchStore('single', scenarios, sessions, turnsEach);
  const singleTurns = interleave(single.workload).flat();
  const singleSamples: number[] = [];
  for (const turn of singleTurns) {
    const t0 = process.hrtime.bigint();
    await single.store.appendTurns([turn]);
    singleSamples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  await single.store.close();
  // The same sizes through a bare INSERT: the turn and snapshot JSON as one text value.
  const payloads = singleTurns.map((t) => JSON.stringify(t.turn) + JSON.stringify(t.snapshot));
  const bare = bareDb('bare-single');
  const insert = bare.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const bareSamples = timeEach(
    payloads.map((v, i) => [`k${i}`, v] as const),
    ([k, v]) => insert.run(k, v),
    0,
  );
  bare.close();
  const value = summarize(singleSamples);
  const baseline = summarize(bareSamples);
  const bytes = payloads.reduce((n, p) => n + p.length, 0) / payloads.length;
  record({
    bench: 'store',
    unit: 'us',
    what: `SqliteStore.appendTurns, one turn per transaction (WAL, synchronous=NORMAL), ${singleTurns.length} turns`,
    value,
    baseline: {
      what: `bare better-sqlite3 INSERT of the same ${Math.round(bytes)} bytes, autocommit`,
      value: baseline,
    },
    ratio: value.median / baseline.median,
  });

  // 100 turns of 100 sessions per transaction: what the turn batcher does on a busy tick.
  const batched = await openBenchStore('batched', scenarios, sessions, turnsEach);
  const rounds = interleave(batched.workload);
  const perRow: number[] = [];
  for (const round_ of rounds) {
    const t0 = process.hrtime.bigint();
    await batched.store.appendTurns(round_);
    perRow.push(Number(process.hrtime.bigint() - t0) / 1000 / round_.length);
  }
  await batched.store.close();
  const bareBatch = bareDb('bare-batched');
  const insertB = bareBatch.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const many = bareBatch.transaction((rows: (readonly [string, string])[]) => {
    for (const [k, v] of rows) insertB.run(k, v);
  });
  const barePerRow: number[] = [];
  let k = 0;
  for (const round_ of rounds) {
    const rows = round_.map((t) => [`k${k++}`, JSON.stringify(t.turn) + JSON.stringify(t.snapshot)] as const);
    const t0 = process.hrtime.bigint();
    many(rows);
    barePerRow.push(Number(process.hrtime.bigint() - t0) / 1000 / rows.length);
  }
  bareBatch.close();
  const batchValue = summarize(perRow);
  const batchBaseline = summarize(barePerRow);
  record({
    bench: 'store-batched',
    unit: 'us/row',
    what: `SqliteStore.appendTurns, ${sessions} turns (of ${sessions} sessions) per transaction, per row`,
    value: batchValue,
    baseline: {
      what: 'bare better-sqlite3 INSERTs of the same rows, 100 per transaction (JSON.stringify in the loop)',
      value: batchBaseline,
    },
    ratio: batchValue.median / batchBaseline.median,
    extra: { transactions: rounds.length },
  });
}

const BARE_SERVER = `
import Fastify from 'fastify';
import websocket from '@fastify/websocket';
const app = Fastify({ logger: false });
await app.register(websocket);
app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/ws', { websocket: true }, (socket) => { socket.on('message', (m) => socket.send(m)); });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

async function benchStart(): Promise<void> {
  const { args, mode } = mendServerArgs(note);
  const times = Math.max(3, Number(flags.starts));
  const mend: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < times; i++) {
    // Alternate, so a burst of load on the machine hits both alike.
    const server = await spawnServer({
      args,
      env: { DATABASE_URL: `sqlite:${join(work, `start-${i}.db`)}`, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '60' },
      logFile: join(work, 'start.log'),
    });
    mend.push(server.readyMs);
    await server.stop();
    const baseline = await spawnServer({
      args: ['--input-type=module', '-e', BARE_SERVER],
      logFile: join(work, 'bare.log'),
    });
    bare.push(baseline.readyMs);
    await baseline.stop();
  }
  const value = summarize(mend);
  const baseline = summarize(bare);
  record({
    bench: 'start',
    unit: 'ms',
    what: `spawn the real server (${mode === 'dist' ? 'node dist/mend-server.js' : 'tsx server/main.ts'}, new SQLite file) until GET /healthz answers 200, ${times} starts`,
    value,
    baseline: {
      what: 'a bare Fastify + @fastify/websocket with /healthz, spawned and polled the same way',
      value: baseline,
    },
    ratio: value.median / baseline.median,
    target: { median_max: 1000, pass: value.median <= 1000 },
  });
}

const before = loadavg();
emit({ bench: 'start-of-run', loadavg: before.map(round), node: process.version, n: N });
try {
  const scenarios = [...(await loadScenarioDir()).values()];
  if (only.has('classify')) {
    benchClassify();
    benchClassifyEvicted();
  }
  if (only.has('safety')) benchSafety();
  if (only.has('import')) benchImport();
  if (only.has('turn')) await benchTurn(scenarios);
  if (only.has('store')) await benchStore(scenarios);
  if (only.has('start')) await benchStart();
  if (only.has('heap')) await benchHeap(scenarios);
} finally {
  rmSync(work, { recursive: true, force: true });
}
const after = loadavg();
emit({ bench: 'end-of-run', loadavg: after.map(round), sink: sink > 0 });

const lines = figures.map((f) => {
  const mark = f.target === undefined ? '    ' : f.target.pass ? 'ok  ' : 'MISS';
  const goal = f.target?.median_max === undefined ? '' : `  (target median <= ${f.target.median_max} ${f.unit})`;
  const cpu = f.extra?.cpuMeanUs === undefined ? '' : `  (CPU mean ${f.extra.cpuMeanUs} us)`;
  const load =
    f.extra?.addedMs === undefined ? '' : `  (adds ${f.extra.addedMs} ms; model file ${f.extra.modelFileKB} KB)`;
  return `  ${mark} ${f.bench.padEnd(13)} median ${String(round(f.value.median)).padStart(7)} ${f.unit.padEnd(6)} p99 ${String(round(f.value.p99)).padStart(7)}   baseline ${String(round(f.baseline.value.median)).padStart(7)}  x${round(f.ratio)}${goal}${cpu}${load}`;
});
process.stdout.write(
  `\nMend bench (${process.version}; load average ${before.map((x) => x.toFixed(2)).join(' ')} -> ${after
    .map((x) => x.toFixed(2))
    .join(' ')} on ${(await import('node:os')).cpus().length} cores)\n${lines.join('\n')}\n` +
    figures.map((f) => `  ${f.bench}: ${f.what}; baseline: ${f.baseline.what}`).join('\n') +
    '\n',
);
