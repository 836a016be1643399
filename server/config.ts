// Configuration comes from the environment, validated once at start. Every variable is a string,
// so the schema checks the text and `loadConfig` turns it into typed values: a bad value stops the
// start with a message naming the variable, never a silent fallback or a truncated number.
import { isAbsolute, resolve } from 'node:path';
import Type, { type Static } from 'typebox';
import { Value } from 'typebox/value';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const WHOLE_NUMBER = '^[0-9]{1,9}$';

/** What each variable must be, for the message when it is not. */
const EXPECTED = {
  PORT: 'a port number from 0 to 65535 (0 picks a free port)',
  HOST: 'an address to listen on, such as 127.0.0.1 or 0.0.0.0',
  DATABASE_URL: 'sqlite:./file.db, sqlite:/abs/file.db, sqlite::memory:, a file path, or postgres://...',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  RATE_LIMIT_PER_MINUTE: 'a whole number of requests per minute per client address (0 turns limits off)',
  RETENTION_DAYS: 'a whole number of days after which sessions are deleted (0 keeps them forever)',
  TRUST_PROXY: 'how many proxies in front of Mend to trust for the client address (0 trusts none)',
  REQUEST_TIMEOUT_MS: 'milliseconds a client may take to send one whole HTTP request, from 1000 to 600000',
  DATABASE_CONNECT_TIMEOUT_MS: 'milliseconds to wait for PostgreSQL to accept a connection, from 100 to 600000',
  DATABASE_STATEMENT_TIMEOUT_MS: 'milliseconds PostgreSQL may spend on one statement, from 100 to 600000',
  DATABASE_QUERY_TIMEOUT_MS: 'milliseconds to wait for any answer from PostgreSQL, from 100 to 600000',
  DATABASE_KEEPALIVE_MS:
    'milliseconds of silence before TCP keepalive probes a PostgreSQL connection (0 turns them off)',
} as const;

/** The bounds of every millisecond setting: long enough to be real, short enough to notice a hang. */
const TIMEOUT_RANGE = { min: 100, max: 600_000 } as const;

export const EnvSchema = Type.Object({
  PORT: Type.String({
    pattern: WHOLE_NUMBER,
    default: '3000',
  }),
  HOST: Type.String({
    minLength: 1,
    default: '127.0.0.1',
  }),
  DATABASE_URL: Type.String({
    minLength: 1,
    default: 'sqlite:./data/mend.db',
  }),
  LOG_LEVEL: Type.Enum(LOG_LEVELS, {
    default: 'info',
  }),
  RATE_LIMIT_PER_MINUTE: Type.String({
    pattern: WHOLE_NUMBER,
    default: '60',
  }),
  RETENTION_DAYS: Type.String({
    pattern: WHOLE_NUMBER,
    default: '0',
  }),
  TRUST_PROXY: Type.String({
    pattern: WHOLE_NUMBER,
    default: '0',
  }),
  REQUEST_TIMEOUT_MS: Type.String({
    pattern: WHOLE_NUMBER,
    default: '30000',
  }),
  DATABASE_CONNECT_TIMEOUT_MS: Type.String({
    pattern: WHOLE_NUMBER,
    default: '5000',
  }),
  DATABASE_STATEMENT_TIMEOUT_MS: Type.String({
    pattern: WHOLE_NUMBER,
    default: '5000',
  }),
  DATABASE_QUERY_TIMEOUT_MS: Type.String({
    pattern: WHOLE_NUMBER,
    default: '8000',
  }),
  DATABASE_KEEPALIVE_MS: Type.String({
    pattern: WHOLE_NUMBER,
    default: '10000',
  }),
});
export type Env = Static<typeof EnvSchema>;

export type DatabaseLocation =
  | { kind: 'sqlite'; path: string } // path is ':memory:' or absolute
  | { kind: 'postgres'; url: string };

/**
 * How long Mend waits on PostgreSQL before it calls the store unavailable (503 store_unavailable)
 * instead of letting a request, a turn or the start hang. SQLite runs in-process and needs none.
 */
export interface DatabaseTimeouts {
  /** To open a connection (TCP and the start-up handshake). */
  connectMs: number;
  /** PostgreSQL cancels a statement that runs longer (the connection stays usable). */
  statementMs: number;
  /** Mend stops waiting for an answer and drops the connection: a stalled network or server. Longer than statementMs. */
  queryMs: number;
  /** TCP keepalive after this much silence, so a dead peer is noticed; 0 = off. */
  keepAliveMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5000,
  statementMs: 5000,
  queryMs: 8000,
  keepAliveMs: 10_000,
};

export interface Config {
  port: number;
  host: string;
  database: DatabaseLocation;
  databaseTimeouts: DatabaseTimeouts;
  logLevel: LogLevel;
  /** 0 = no limits. */
  rateLimitPerMinute: number;
  /** Sessions created more than this many days ago are deleted, on start and daily; 0 = keep forever. */
  retentionDays: number;
  /**
   * Behind a load balancer every request comes from the balancer's address, so rate limits would
   * lump all clients together: trust this many proxy hops of X-Forwarded-For. 0 = trust none.
   */
  trustProxyHops: number;
  /** A request (headers and body) must arrive whole within this; a slow client does not hold a socket for ever. */
  requestTimeoutMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Mend cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the variables Mend knows; empty strings count as unset so `PORT= npm start` means the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const values = Value.Default(EnvSchema, raw) as Record<string, unknown>;
  const problems = describeProblems(values);
  if (problems.length === 0) {
    const port = Number(values.PORT);
    if (port > 65535) problems.push(`PORT must be ${EXPECTED.PORT} (got "${values.PORT}")`);
    problems.push(...describeTimeoutProblems(values));
  }
  let database: DatabaseLocation | undefined;
  if (problems.length === 0) {
    try {
      database = parseDatabaseUrl(String(values.DATABASE_URL), cwd);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0 || database === undefined) throw new ConfigError(problems);
  const env_ = values as Env;
  return {
    port: Number(env_.PORT),
    host: env_.HOST,
    database,
    databaseTimeouts: {
      connectMs: Number(env_.DATABASE_CONNECT_TIMEOUT_MS),
      statementMs: Number(env_.DATABASE_STATEMENT_TIMEOUT_MS),
      queryMs: Number(env_.DATABASE_QUERY_TIMEOUT_MS),
      keepAliveMs: Number(env_.DATABASE_KEEPALIVE_MS),
    },
    logLevel: env_.LOG_LEVEL,
    rateLimitPerMinute: Number(env_.RATE_LIMIT_PER_MINUTE),
    retentionDays: Number(env_.RETENTION_DAYS),
    trustProxyHops: Number(env_.TRUST_PROXY),
    requestTimeoutMs: Number(env_.REQUEST_TIMEOUT_MS),
  };
}

const TIMEOUT_KEYS = [
  'DATABASE_CONNECT_TIMEOUT_MS',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_QUERY_TIMEOUT_MS',
] as const;

function describeTimeoutProblems(values: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of TIMEOUT_KEYS) {
    const ms = Number(values[key]);
    if (ms < TIMEOUT_RANGE.min || ms > TIMEOUT_RANGE.max)
      problems.push(`${key} must be ${EXPECTED[key]} (got "${values[key]}")`);
  }
  const request = Number(values.REQUEST_TIMEOUT_MS);
  if (request < 1000 || request > TIMEOUT_RANGE.max) {
    problems.push(`REQUEST_TIMEOUT_MS must be ${EXPECTED.REQUEST_TIMEOUT_MS} (got "${values.REQUEST_TIMEOUT_MS}")`);
  }
  const keepAlive = Number(values.DATABASE_KEEPALIVE_MS);
  if (keepAlive !== 0 && (keepAlive < 1000 || keepAlive > TIMEOUT_RANGE.max)) {
    problems.push(
      `DATABASE_KEEPALIVE_MS must be 0 (off) or from 1000 to 600000 milliseconds (got "${values.DATABASE_KEEPALIVE_MS}")`,
    );
  }
  // A statement PostgreSQL cancels leaves the connection usable; one Mend gives up on does not.
  if (
    problems.length === 0 &&
    Number(values.DATABASE_QUERY_TIMEOUT_MS) <= Number(values.DATABASE_STATEMENT_TIMEOUT_MS)
  ) {
    problems.push(
      `DATABASE_QUERY_TIMEOUT_MS must be longer than DATABASE_STATEMENT_TIMEOUT_MS, so PostgreSQL cancels a slow statement before Mend drops the connection (got ${values.DATABASE_QUERY_TIMEOUT_MS} and ${values.DATABASE_STATEMENT_TIMEOUT_MS})`,
    );
  }
  return problems;
}

function describeProblems(values: Record<string, unknown>): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const error of Value.Errors(EnvSchema, values)) {
    const key = error.instancePath.replace(/^\//, '');
    if (seen.has(key)) continue; // a union reports once per member; one line per variable is enough
    seen.add(key);
    const expected = EXPECTED[key as keyof typeof EXPECTED] ?? 'valid';
    problems.push(`${key} must be ${expected} (got ${JSON.stringify(values[key])})`);
  }
  return problems;
}

/** `sqlite::memory:`, `sqlite:relative/or/absolute/path`, `sqlite:///abs/path`, a bare file path, or a postgres URL. */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseLocation {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  let path = url;
  if (/^sqlite:/i.test(url)) {
    path = url.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2); // sqlite:///abs/path -> /abs/path
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`DATABASE_URL must be ${EXPECTED.DATABASE_URL} (got a "${url.split(':')[0]}:" URL)`);
  }
  if (path === ':memory:') return { kind: 'sqlite', path };
  if (path === '') throw new Error('DATABASE_URL names no SQLite file (got "sqlite:")');
  return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
}

/** Says where the data lives without printing a password from a postgres URL. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.kind === 'sqlite') return `sqlite:${location.path}`;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres';
  }
}
