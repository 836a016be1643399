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
} as const;

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
});
export type Env = Static<typeof EnvSchema>;

export type DatabaseLocation =
  | { kind: 'sqlite'; path: string } // path is ':memory:' or absolute
  | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseLocation;
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
    logLevel: env_.LOG_LEVEL,
    rateLimitPerMinute: Number(env_.RATE_LIMIT_PER_MINUTE),
    retentionDays: Number(env_.RETENTION_DAYS),
    trustProxyHops: Number(env_.TRUST_PROXY),
  };
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
