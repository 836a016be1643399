// No Docker engine runs on these machines, so the deployment files are checked as text: the compose
// file parsed as YAML, the Dockerfile split into its stages. What `docker compose up` would do is
// read off them: which services start in which order, what the app is told, where data lives.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EnvSchema, loadConfig } from '../../server/config.js';

const repo = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(repo, file), 'utf8');

interface Healthcheck {
  test: string | string[];
  interval?: string;
  retries?: number;
}
interface Service {
  image?: string;
  build?: string | { context: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: Healthcheck;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read('docker-compose.yml')) as Compose;
const app = compose.services.app as Service;
const postgres = compose.services.postgres as Service;

/** What compose substitutes for `${NAME:-default}` when NAME is not set: the default. */
const withDefaults = (value: string): string => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
const appEnv = Object.fromEntries(Object.entries(app.environment ?? {}).map(([k, v]) => [k, withDefaults(String(v))]));
const postgresEnv = Object.fromEntries(
  Object.entries(postgres.environment ?? {}).map(([k, v]) => [k, withDefaults(String(v))]),
);
const healthcheckText = (check: Healthcheck | undefined) =>
  Array.isArray(check?.test) ? check.test.join(' ') : String(check?.test ?? '');

interface Stage {
  from: string;
  name: string | undefined;
  lines: string[];
}

/** The Dockerfile's stages, with continuation lines joined and comments dropped. */
function dockerStages(text: string): Stage[] {
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of instructions) {
    const arg = /^ARG\s+([A-Z_]+)=(\S+)/.exec(line);
    if (arg && stages.length === 0) args.set(arg[1] as string, arg[2] as string);
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      const image = (from[1] as string).replace(/\$\{(\w+)\}/g, (_, name: string) => args.get(name) ?? '');
      stages.push({ from: image, name: from[2], lines: [] });
    } else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

const dockerfile = read('Dockerfile');
const stages = dockerStages(dockerfile);
const final = stages.at(-1) as Stage;
const stage = (name: string) => stages.find((s) => s.name === name);
const finalLines = (instruction: string) => final.lines.filter((l) => l.toUpperCase().startsWith(`${instruction} `));

describe('docker-compose.yml', () => {
  it('runs two services: the app and PostgreSQL 16', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'postgres']);
    expect(postgres.image).toBe('postgres:16');
    expect(app.build === '.' || (typeof app.build === 'object' && app.build.context === '.')).toBe(true);
  });

  it('serves Mend on port 3000', () => {
    expect((app.ports ?? []).map(withDefaults)).toContain('3000:3000');
  });

  it('keeps the database in a named volume that outlives the containers', () => {
    const mount = (postgres.volumes ?? []).find((v) => v.endsWith(':/var/lib/postgresql/data'));
    expect(mount).toBeDefined();
    const volume = (mount as string).split(':')[0] as string;
    expect(volume).not.toMatch(/^[./]/); // a name, not a host path
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it('starts the app only once PostgreSQL answers its healthcheck', () => {
    expect(app.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(healthcheckText(postgres.healthcheck)).toMatch(/pg_isready/);
    expect(healthcheckText(postgres.healthcheck)).toContain(`-U ${postgresEnv.POSTGRES_USER}`);
  });

  it('checks the app through /healthz with node, as the slim image has no curl', () => {
    const test = healthcheckText(app.healthcheck);
    expect(test).toMatch(/\bnode\b/);
    expect(test).toContain('/healthz');
    expect(test).not.toMatch(/\b(curl|wget)\b/);
  });

  it('points the app at the postgres service with the credentials PostgreSQL was given', () => {
    const url = new URL(appEnv.DATABASE_URL as string);
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('postgres');
    expect(url.port).toBe('5432');
    expect(url.pathname).toBe(`/${postgresEnv.POSTGRES_DB}`);
    expect(decodeURIComponent(url.username)).toBe(postgresEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgresEnv.POSTGRES_PASSWORD);
  });

  it('gives the app only settings Mend knows, which it accepts as they stand', () => {
    const known = Object.keys(EnvSchema.properties);
    for (const key of Object.keys(appEnv)) expect(known).toContain(key);
    const config = loadConfig(appEnv, '/app');
    expect(config).toMatchObject({ host: '0.0.0.0', port: 3000, database: { kind: 'postgres' } });
    expect(appEnv).toHaveProperty('RETENTION_DAYS');
  });
});

describe('Dockerfile', () => {
  it('builds in stages: a toolchain for the native module, then a runtime without it', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const toolchain = stages.filter((s) => s.lines.some((l) => /apt-get install/.test(l)));
    expect(toolchain.length).toBeGreaterThan(0);
    for (const tool of ['python3', 'make', 'g++']) {
      expect(toolchain.some((s) => s.lines.some((l) => l.includes(tool)))).toBe(true);
    }
    expect(final.lines.some((l) => /apt-get install/.test(l))).toBe(false);
    expect(final.from).toMatch(/^node:20[\w.-]*-slim$/);
  });

  it('runs the build (classifier, server, web client) in a build stage', () => {
    const builds = stages.filter((s) => s.lines.some((l) => /^RUN .*npm run build/.test(l)));
    expect(builds.length).toBe(1);
    expect(builds[0]).not.toBe(final);
  });

  it('ships production dependencies only in the final stage', () => {
    const copied = finalLines('COPY').find((l) => /node_modules/.test(l)) ?? '';
    const source = /--from=(\S+)/.exec(copied)?.[1];
    expect(source, 'node_modules is copied from another stage').toBeDefined();
    const deps = stage(source as string) ?? stages[Number(source)];
    expect(deps?.lines.some((l) => /npm (ci|prune)\b.*--omit=dev/.test(l))).toBe(true);
    // Nothing in the final stage installs packages or copies the whole build context.
    expect(final.lines.some((l) => /npm (ci|install|i)\b/.test(l))).toBe(false);
    expect(finalLines('COPY').some((l) => /^COPY\s+(--chown=\S+\s+)?\.\s/.test(l))).toBe(false);
  });

  it('runs as a non-root user, listens on 0.0.0.0:3000 and checks /healthz with node', () => {
    const user = finalLines('USER').at(-1)?.split(/\s+/)[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(final.lines.some((l) => /^ENV\b.*\bHOST=0\.0\.0\.0\b/.test(l))).toBe(true);
    expect(finalLines('EXPOSE').join(' ')).toMatch(/\b3000\b/);
    const healthcheck = finalLines('HEALTHCHECK').join(' ');
    expect(healthcheck).toContain('/healthz');
    expect(healthcheck).toMatch(/"node"|\bnode\b/);
    expect(healthcheck).not.toMatch(/\b(curl|wget)\b/);
  });

  it('starts the bundled server, which the build writes where the command looks', async () => {
    const command = finalLines('CMD').at(-1) ?? '';
    const { SERVER_BUNDLE } = (await import(resolve(repo, 'scripts/bundle-server.mjs'))) as { SERVER_BUNDLE: string };
    const bundle = SERVER_BUNDLE.slice(repo.length + 1);
    expect(bundle).toBe('dist/mend-server.js');
    expect(command).toContain(bundle);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toContain('node scripts/bundle-server.mjs');
    expect(existsSync(resolve(repo, 'server/main.ts'))).toBe(true);
    // The runtime stage has the bundle (dist), its one native dependency and the scenarios beside it.
    expect(finalLines('COPY').some((l) => /\bdist\b/.test(l))).toBe(true);
    expect(finalLines('COPY').some((l) => /\bnode_modules\b/.test(l))).toBe(true);
    expect(finalLines('COPY').some((l) => /\bscenarios\b/.test(l))).toBe(true);
  });
});

describe('.dockerignore', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('keeps local state, secrets and installed packages out of the build context', () => {
    for (const entry of ['node_modules', '.git', 'data', '.env', '*.db', 'dist']) expect(ignored).toContain(entry);
  });

  it('keeps what the build needs in it', () => {
    for (const needed of [
      'server',
      'client',
      'scenarios',
      'scripts',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ]) {
      expect(ignored).not.toContain(needed);
      expect(existsSync(resolve(repo, needed))).toBe(true);
    }
  });
});
