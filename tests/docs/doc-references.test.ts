// The README and the docs send people to files and commands: every one of them must be there. A
// path counts when it starts at a folder of the repository (server/, docs/, tests/, ...) or names a
// file at its root (Dockerfile, docker-compose*.yml, *.md, ...), in prose, in code or in a link.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(join(repo, file), 'utf8');

const DOCS = [
  'README.md',
  'ARCHITECTURE.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Folders a path in the docs may start from; `deploy/` is here because the docs once named files in it that never existed. */
const FOLDERS = ['server', 'client', 'tests', 'scripts', 'scenarios', 'bench', 'docs', 'deploy', '.ci'];
const ROOT_FILES =
  /(?<![\w./-])(Dockerfile|docker-compose[\w.-]*\.ya?ml|\.nvmrc|\.dockerignore|package(?:-lock)?\.json|tsconfig[\w.]*\.json|biome\.json|vitest\.config\.ts|[A-Z]+\.md)(?![\w/-])/g;
const IN_FOLDER = new RegExp(
  `(?<![\\w./:-])((?:${FOLDERS.map((f) => f.replace('.', '\\.')).join('|')})/[\\w./*{},-]*)`,
  'g',
);
const LINK = /\]\(([^)#\s]+)(?:#[^)]*)?\)/g;

/** Built or written by the commands themselves, so a fresh clone does not have them yet. */
const MADE_BY_COMMANDS = new Set([
  'server/engine/classifier/model.generated.json', // npm run train
  'server/engine/safety/crisis-model.generated.json', // npm run train
  'tests/artifacts', // the browser suite's screenshots
]);

function mentionedPaths(file: string): string[] {
  const text = read(file);
  const found = new Set<string>();
  for (const match of text.matchAll(IN_FOLDER)) found.add((match[1] as string).replace(/[.,:;]+$/, ''));
  for (const match of text.matchAll(ROOT_FILES)) found.add(match[1] as string);
  for (const match of text.matchAll(LINK)) {
    const target = match[1] as string;
    if (!/^[a-z]+:/.test(target)) found.add(relative(repo, resolve(repo, dirname(file), target)));
  }
  return [...found]
    .map((path) => path.replace(/\/$/, ''))
    .filter((path) => ![...MADE_BY_COMMANDS].some((made) => path === made || path.startsWith(`${made}/`)));
}

/** `server/cli/{train,eval}.ts` → both files; a `*` matches within one folder. */
function expand(path: string): string[] {
  const brace = /\{([^}]*)\}/.exec(path);
  if (brace) return (brace[1] as string).split(',').flatMap((part) => expand(path.replace(brace[0], part)));
  return [path];
}

/** A module may be named without its extension, as ARCHITECTURE.md does (`server/engine/turn-engine`). */
function exists(path: string): boolean {
  if (!path.includes('*')) return ['', '.ts', '.tsx'].some((extension) => existsSync(join(repo, path + extension)));
  const folder = join(repo, dirname(path));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return false;
  const pattern = new RegExp(`^${path.split('/').at(-1)?.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
  return readdirSync(folder).some((name) => pattern.test(name));
}

function mentionedScripts(file: string): string[] {
  const text = read(file);
  const scripts = new Set<string>();
  for (const match of text.matchAll(/\bnpm run (?:--silent |-s )?([\w:.-]+)/g)) scripts.add(match[1] as string);
  for (const match of text.matchAll(/\bnpm (start|test)\b/g)) scripts.add(match[1] as string);
  return [...scripts];
}

const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

describe('the README and the docs', () => {
  it.each(DOCS)('%s names only files that exist', (file) => {
    const missing = mentionedPaths(file)
      .flatMap(expand)
      .filter((path) => !exists(path));
    expect(missing).toEqual([]);
  });

  it.each(DOCS)('%s names only npm scripts that package.json has', (file) => {
    expect(mentionedScripts(file).filter((script) => !scripts.includes(script))).toEqual([]);
  });

  it('the README links to every page under docs/ and stays short', () => {
    const readme = read('README.md');
    for (const doc of DOCS.filter((path) => path.startsWith('docs/'))) expect(readme).toContain(`](${doc})`);
    expect(readme.split('\n').length).toBeLessThan(150);
  });

  it('the checks find what they look for (a missing file and an unknown script are caught)', () => {
    expect(expand('server/cli/{train,eval}.ts').filter((path) => !exists(path))).toEqual([]);
    expect(exists('docker-compose.lb.yml')).toBe(false);
    expect(exists('scenarios/*.yaml')).toBe(true);
    expect(exists('scenarios/*.toml')).toBe(false);
    const sample = 'Run `npm run no-such-script`, see deploy/nginx.conf and [x](docs/nope.md); `npm test`.';
    expect([...sample.matchAll(IN_FOLDER)].map((m) => m[1])).toContain('deploy/nginx.conf');
    expect([...sample.matchAll(LINK)].map((m) => m[1])).toEqual(['docs/nope.md']);
    expect([...sample.matchAll(/\bnpm run (?:--silent |-s )?([\w:.-]+)/g)].map((m) => m[1])).toEqual([
      'no-such-script',
    ]);
  });
});
