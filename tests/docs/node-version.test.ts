// The Node version Mend states is one every installed package accepts: `engines` in package.json,
// `.nvmrc` and the README say the same, and no dependency asks for more (cookie 2 once asked for
// Node 22 through fastify; package.json overrides it to 1.1, which has the same API).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(join(repo, file), 'utf8');

type Version = [number, number, number];

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** One comparator of an npm range: `>=20.19.0`, `^22.12`, `20.x`, `20`, `*`, `<27`. */
function meets(version: Version, comparator: string): boolean {
  const match = /^(\^|~|>=|<=|>|<|=)?\s*v?([\dx*]+)(?:\.([\dx*]+))?(?:\.([\dx*]+))?$/.exec(comparator);
  if (!match) throw new Error(`a range this check cannot read: "${comparator}"`);
  const [, operator = '', ...parts] = match;
  const given = parts.filter((part): part is string => part !== undefined && !/[x*]/.test(part));
  const bound = parse(given.join('.'));
  if (given.length === 0) return true;
  switch (operator) {
    case '>=':
      return compare(version, bound) >= 0;
    case '>':
      return compare(version, bound) > 0;
    case '<=':
      return compare(version, bound) <= 0;
    case '<':
      return compare(version, bound) < 0;
    case '^':
      return version[0] === bound[0] && compare(version, bound) >= 0;
    case '~':
      return version[0] === bound[0] && version[1] === bound[1] && compare(version, bound) >= 0;
    default:
      // `20`, `20.x`, `20.19.0`: every part given must match.
      return given.every((_, index) => version[index] === bound[index]);
  }
}

/** npm's range grammar, the parts packages use for `engines.node`: `a || b`, each a list of comparators. */
function satisfies(version: string, range: string): boolean {
  const parsed = parse(version);
  return range.split('||').some((alternative) => {
    const comparators = alternative
      .trim()
      .replace(/(>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    return comparators.length === 0 || comparators.every((comparator) => meets(parsed, comparator));
  });
}

/** Every installed package.json that states `engines.node`, nested copies included. */
function installedEngines(): Array<{ name: string; range: string }> {
  const found: Array<{ name: string; range: string }> = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path);
        continue;
      }
      const manifest = join(path, 'package.json');
      if (existsSync(manifest)) {
        const { name, version, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as {
          name?: string;
          version?: string;
          engines?: { node?: unknown };
        };
        if (typeof engines?.node === 'string') found.push({ name: `${name}@${version}`, range: engines.node });
      }
      if (existsSync(join(path, 'node_modules'))) visit(join(path, 'node_modules'));
    }
  };
  visit(join(repo, 'node_modules'));
  return found;
}

const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
/** The first version of each line the range allows: 20.19.0, 22.12.0, 24.0.0. */
const lineStarts = engines.split('||').map((part) => part.trim().replace(/^(\^|>=)/, ''));

describe('the Node version', () => {
  it('reads npm ranges the way npm does', () => {
    expect(satisfies('20.20.2', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.1', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('23.1.0', '^20.0.0 || ^22.0.0 || >=24.0.0')).toBe(false);
    expect(satisfies('20.20.2', '>=22')).toBe(false);
    expect(satisfies('24.0.0', '20.x || 22.x || 23.x || 24.x')).toBe(true);
    expect(satisfies('20.0.0', '>= 0.8')).toBe(true);
    expect(satisfies('20.0.0', '*')).toBe(true);
    expect(satisfies('18.0.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('21.0.0', '18 || 20 || >=22')).toBe(false);
  });

  it('is stated the same way by package.json, .nvmrc and the README', () => {
    expect(lineStarts[0]).toBe('20.19.0');
    expect(satisfies(read('.nvmrc').trim(), engines)).toBe(true);
    expect(read('README.md')).toContain(`Node ${lineStarts[0]?.replace(/\.0$/, '')} or later`);
  });

  it('is accepted by every installed package, at the start of each line and on the Node running this test', () => {
    const installed = installedEngines();
    expect(installed.length).toBeGreaterThan(50);
    const refusals = installed.flatMap(({ name, range }) =>
      [...lineStarts, process.version]
        .filter((version) => !satisfies(version, range))
        .map((version) => `${name} wants node ${range}, refuses ${version}`),
    );
    expect(refusals).toEqual([]);
  });
});
