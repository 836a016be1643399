// `npm start`: build what is missing or older than its sources, then run the server.
// Each step compares modification times, so a start with nothing changed costs a few directory
// walks. Works on a fresh clone after `npm install` (which also builds, through `prepare`).
import { spawn, spawnSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtAt, newest, SERVER_BUNDLE, serverIsStale } from './bundle-server.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(repo, ...parts);

function run(what, command, args) {
  process.stderr.write(`mend: ${what}…\n`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`mend: ${what} failed; not starting.\n`);
    process.exit(result.status ?? 1);
  }
}

const node = process.execPath;
const MODEL = at('server/engine/classifier/model.generated.json');
const CLIENT_OUT = at('dist/client/index.html');
const LOCKFILE = at('package-lock.json');

// 1. The classifier's model, trained from the corpus (`npm run train` also skips an up-to-date model).
if (builtAt(MODEL) < newest([at('server/engine/classifier'), at('server/cli/train.ts')], MODEL)) {
  run('training the reply classifier', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'train', '--silent']);
  // `train` leaves a model trained on the same corpus untouched: mark it checked so the next start skips this.
  const now = new Date();
  utimesSync(MODEL, now, now);
}

// 2. The server, type-checked, compiled and bundled into one file (it starts faster).
if (serverIsStale()) run('building the server', node, [at('scripts/bundle-server.mjs')]);

// 3. The web client, built by Vite into dist/client (it shares the API's types with the server).
const clientSources = [at('client'), at('server/api-contract.ts'), at('server/engine/types.ts'), LOCKFILE];
if (builtAt(CLIENT_OUT) < newest(clientSources)) {
  run('building the web client', node, [
    at('node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'client/vite.config.ts',
  ]);
}

// 4. The server itself, in the foreground; signals pass through so Ctrl+C and SIGTERM stop it gracefully.
const server = spawn(node, [SERVER_BUNDLE], { cwd: repo, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
