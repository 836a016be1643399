import { describe, expect, it } from 'vitest';
import { ConfigError, EnvSchema, loadConfig, parseDatabaseUrl } from '../../server/config.js';
import { makeApp } from './server-fixtures.js';

const cwd = '/srv/mend';

describe('configuration from the environment', () => {
  it('starts with sensible defaults when nothing is set', () => {
    expect(loadConfig({}, cwd)).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: '/srv/mend/data/mend.db' },
      databaseTimeouts: { connectMs: 5000, statementMs: 5000, queryMs: 8000, keepAliveMs: 10_000 },
      logLevel: 'info',
      rateLimitPerMinute: 60,
      retentionDays: 0,
      trustProxyHops: 0,
      requestTimeoutMs: 30_000,
    });
  });

  it('reads every variable it knows', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'sqlite::memory:',
        LOG_LEVEL: 'trace',
        RATE_LIMIT_PER_MINUTE: '0',
        RETENTION_DAYS: '30',
        TRUST_PROXY: '1',
        REQUEST_TIMEOUT_MS: '10000',
        DATABASE_CONNECT_TIMEOUT_MS: '2000',
        DATABASE_STATEMENT_TIMEOUT_MS: '3000',
        DATABASE_QUERY_TIMEOUT_MS: '4000',
        DATABASE_KEEPALIVE_MS: '0',
      },
      cwd,
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'sqlite', path: ':memory:' },
      databaseTimeouts: { connectMs: 2000, statementMs: 3000, queryMs: 4000, keepAliveMs: 0 },
      logLevel: 'trace',
      rateLimitPerMinute: 0,
      retentionDays: 30,
      trustProxyHops: 1,
      requestTimeoutMs: 10_000,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: ' ' }, cwd)).toMatchObject({ port: 3000, logLevel: 'info' });
  });

  it('stops with one clear line per bad variable, never a silent fallback', () => {
    const bad = { PORT: '3.5', LOG_LEVEL: 'loud', RATE_LIMIT_PER_MINUTE: '-1' };
    let error: unknown;
    try {
      loadConfig(bad, cwd);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('PORT must be a port number from 0 to 65535 (0 picks a free port) (got "3.5")');
    expect(problems[1]).toMatch(/^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    expect(problems[2]).toMatch(/^RATE_LIMIT_PER_MINUTE must be a whole number/);
    expect((error as ConfigError).message).toContain('Mend cannot start');
  });

  it('refuses a port above 65535', () => {
    expect(() => loadConfig({ PORT: '70000' }, cwd)).toThrow(/PORT must be/);
  });

  it('refuses a timeout that is no number, too short or too long, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '5s' }, cwd)).toThrow(
      /DATABASE_CONNECT_TIMEOUT_MS must be milliseconds to wait for PostgreSQL to accept a connection/,
    );
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }, cwd)).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS must be/,
    );
    expect(() => loadConfig({ DATABASE_QUERY_TIMEOUT_MS: '9000000' }, cwd)).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS must be/,
    );
    expect(() => loadConfig({ DATABASE_KEEPALIVE_MS: '10' }, cwd)).toThrow(/DATABASE_KEEPALIVE_MS must be 0 \(off\)/);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '-1' }, cwd)).toThrow(/REQUEST_TIMEOUT_MS must be/);
  });

  it('refuses a query timeout that would give up before PostgreSQL cancels the statement', () => {
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '8000', DATABASE_QUERY_TIMEOUT_MS: '8000' }, cwd)).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS must be longer than DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });

  it('refuses a database URL of a kind it cannot open', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/mend' }, cwd)).toThrow(/DATABASE_URL must be/);
  });

  it('behind one trusted proxy, rate limits count each client by its forwarded address', async () => {
    const { app } = await makeApp({ rateLimitPerMinute: 1, trustProxyHops: 1 });
    const classify = (from: string) =>
      app.inject({
        method: 'POST',
        url: '/api/classify',
        headers: { 'x-forwarded-for': from },
        payload: { text: 'ok' },
      });
    expect((await classify('203.0.113.1')).statusCode).toBe(200);
    expect((await classify('203.0.113.1')).statusCode).toBe(429);
    expect((await classify('203.0.113.2')).statusCode).toBe(200);
    await app.close();
  });

  it('lists exactly the variables the README documents', () => {
    expect(Object.keys(EnvSchema.properties).sort()).toEqual([
      'DATABASE_CONNECT_TIMEOUT_MS',
      'DATABASE_KEEPALIVE_MS',
      'DATABASE_QUERY_TIMEOUT_MS',
      'DATABASE_STATEMENT_TIMEOUT_MS',
      'DATABASE_URL',
      'HOST',
      'LOG_LEVEL',
      'PORT',
      'RATE_LIMIT_PER_MINUTE',
      'REQUEST_TIMEOUT_MS',
      'RETENTION_DAYS',
      'TRUST_PROXY',
    ]);
  });
});

describe('DATABASE_URL', () => {
  it.each([
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['sqlite:./data/mend.db', { kind: 'sqlite', path: '/srv/mend/data/mend.db' }],
    ['sqlite:/var/lib/mend.db', { kind: 'sqlite', path: '/var/lib/mend.db' }],
    ['sqlite:///var/lib/mend.db', { kind: 'sqlite', path: '/var/lib/mend.db' }],
    ['mend.db', { kind: 'sqlite', path: '/srv/mend/mend.db' }],
    ['/tmp/x/mend.db', { kind: 'sqlite', path: '/tmp/x/mend.db' }],
    ['postgres://postgres@127.0.0.1:5432/test', { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' }],
    ['postgresql://u:p@db/mend', { kind: 'postgres', url: 'postgresql://u:p@db/mend' }],
  ])('reads %s', (url, expected) => {
    expect(parseDatabaseUrl(url, cwd)).toEqual(expected);
  });

  it('refuses sqlite: with no file', () => {
    expect(() => parseDatabaseUrl('sqlite:', cwd)).toThrow(/names no SQLite file/);
  });
});
