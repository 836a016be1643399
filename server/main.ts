// The only file that listens. Reads the configuration, opens the store, loads the scenarios, starts
// the server, and shuts down gracefully on SIGTERM/SIGINT: stop accepting, finish the turns in
// flight, close sockets with 1001, close the store.
import type { DestinationStream } from 'pino';
import { buildApp } from './app.js';
import { type Config, ConfigError, describeDatabase, type LogLevel, loadConfig } from './config.js';
import { ScenarioError } from './engine/index.js';
import type { PgFanout } from './pg-fanout.js';
import { createLogger } from './plugins/logging.js';
import { formatProblem, loadScenarioDir } from './scenario-files.js';
import { LocalFanout, type SessionFanout } from './session-fanout.js';
import { openStore } from './store/open-store.js';
import { RetentionSchedule } from './store/retention.js';
import { isStoreUnavailable, type Store } from './store/store.js';

/** If shutdown hangs (a stuck client, a stuck disk), leave anyway: the store is crash-safe. */
const SHUTDOWN_DEADLINE_MS = 15_000;
/** Closing the fan-out and the store after the last turn: a frozen database must not hold the exit. */
const CLOSE_STEP_DEADLINE_MS = 2000;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel, await prettyDestination(config.logLevel));

  let scenarios: Awaited<ReturnType<typeof loadScenarioDir>>;
  try {
    scenarios = await loadScenarioDir();
  } catch (error) {
    exitWith(`Mend cannot start: the scenarios did not load.\n${describeScenarioError(error)}`);
  }
  let store: Store;
  let fanout: SessionFanout;
  let pgFanout: PgFanout | undefined;
  try {
    store = await openStore(config.database, {
      onIdleError: (error) => log.warn({ err: error }, 'a pooled database connection dropped'),
      timeouts: config.databaseTimeouts,
    });
    // Several instances on one PostgreSQL hear each other's turns through LISTEN/NOTIFY. Loaded only
    // then: evaluating `pg` is start-up work a SQLite start does not need (also inside the bundle,
    // where esbuild keeps a dynamic import lazy).
    if (config.database.kind === 'postgres') {
      const { PgFanout } = await import('./pg-fanout.js');
      pgFanout = await PgFanout.start({
        connectionString: config.database.url,
        store,
        onError: (error, context) => log.warn({ err: error }, context),
        timeouts: config.databaseTimeouts,
      });
      fanout = pgFanout;
    } else {
      fanout = new LocalFanout();
    }
  } catch (error) {
    exitWith(
      `Mend cannot start: the database ${describeDatabase(config.database)} did not open.\n  - ${describeOpenError(error, config)}`,
    );
  }
  const app = await buildApp({
    store,
    scenarios,
    logger: log,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxyHops: config.trustProxyHops,
    requestTimeoutMs: config.requestTimeoutMs,
    fanout,
  });
  pgFanout?.bind(app.sessions);
  const retention = new RetentionSchedule({
    store,
    days: config.retentionDays,
    log,
    onDeleted: (ids) => {
      for (const sessionId of ids) {
        app.sessions.forget(sessionId);
        fanout.publish({ kind: 'deleted', sessionId });
      }
    },
  });
  await retention.start();

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      // Bounded by the database timeouts: a turn in flight on a stuck database fails with 503.
      await app.close();
      await retention.stop();
      await withinDeadline(fanout.close(), CLOSE_STEP_DEADLINE_MS);
    } finally {
      // Every acknowledged turn is committed by now; a store that does not say goodbye is left behind.
      await withinDeadline(store.close(), CLOSE_STEP_DEADLINE_MS);
    }
    log.info('stopped');
    log.flush();
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));

  await app.listen({ port: config.port, host: config.host });
  log.info(
    {
      database: describeDatabase(config.database),
      scenarios: scenarios.size,
      rateLimitPerMinute: config.rateLimitPerMinute,
      retentionDays: config.retentionDays,
    },
    'mend is ready',
  );
}

function loadConfigOrExit(): ReturnType<typeof loadConfig> {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}

function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Why the store did not open, naming the setting whose limit ran out. */
function describeOpenError(error: unknown, config: Config): string {
  if (!isStoreUnavailable(error)) return (error as Error).message;
  const { connectMs, statementMs, queryMs } = config.databaseTimeouts;
  switch (error.timeout) {
    case 'connect':
      return `PostgreSQL did not answer within ${connectMs} ms (DATABASE_CONNECT_TIMEOUT_MS). Is it running and reachable?`;
    case 'statement':
      return `A statement ran longer than ${statementMs} ms (DATABASE_STATEMENT_TIMEOUT_MS).`;
    case 'query':
      return `PostgreSQL stopped answering for ${queryMs} ms (DATABASE_QUERY_TIMEOUT_MS).`;
    default:
      return `${error.detail.charAt(0).toUpperCase()}${error.detail.slice(1)}.`;
  }
}

/** Waits for `work`, but no longer than `ms`; what it still does after that is abandoned. */
async function withinDeadline(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

function describeScenarioError(error: unknown): string {
  if (error instanceof ScenarioError) return error.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  return `  - ${(error as Error).message}`;
}

/** Human-readable logs when a person is watching a terminal (and pino-pretty is installed); JSON otherwise. */
async function prettyDestination(level: LogLevel): Promise<DestinationStream | undefined> {
  if (!process.stdout.isTTY || level === 'silent') return undefined;
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({ colorize: true, sync: true, ignore: 'pid,hostname' });
  } catch {
    return undefined;
  }
}

await main();
