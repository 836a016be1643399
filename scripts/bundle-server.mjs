// Builds the server bundle, dist/mend-server.js, which is what `npm start`, the container and the
// benchmarks run: tsc type-checks and compiles server/ into dist/server (the CLI tools in the
// container and the import benchmark use those files), then esbuild bundles server/main.ts and
// everything it imports into one file. `npm run build`, `npm start` and the benchmarks all build
// through here, so they cannot drift apart.
//
// Why a bundle: unbundled, a start spends most of its time finding, reading and linking ~800 module
// files (typebox alone is ~680 of them). One file cuts start to ready by about 40% (`npm run bench --
// --only start`). esbuild is the bundler because it is already here (tsx and Vite run on it), reads
// the TypeScript sources directly and takes well under a second.
//
//   node scripts/bundle-server.mjs            # compile and bundle
//   import { buildServer, serverIsStale } from './bundle-server.mjs'
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(repo, ...parts);

export const SERVER_BUNDLE = at('dist/mend-server.js');

/** What the bundle is built from: newer than the bundle means it is stale. */
const SERVER_SOURCES = [
  at('server'),
  at('tsconfig.json'),
  at('tsconfig.build.json'),
  fileURLToPath(import.meta.url),
  at('package-lock.json'),
];

/**
 * Kept out of the bundle: better-sqlite3 loads a compiled .node file from its own folder; pg-native
 * and pino-pretty are optional and loaded only if installed. (`pg` itself is bundled: an external
 * import would be hoisted to the top and loaded by every SQLite start too.)
 */
const EXTERNAL = ['better-sqlite3', 'pg-native', 'pino-pretty'];

// The bundle is an ES module; the CommonJS packages inside it (fastify, ajv, natural...) call
// `require` for Node's built-ins, which an ES module does not have until it is given one.
const REQUIRE_SHIM =
  "import { createRequire as mendCreateRequire } from 'node:module';\nconst require = mendCreateRequire(import.meta.url);";

/** Newest modification time (ms) of the files under each path, except `skip`; 0 when none exist. */
export function newest(paths, skip = '') {
  let latest = 0;
  const visit = (path) => {
    if (path === skip || !existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return latest;
}

/** Modification time (ms) of a built file; -1 when it does not exist. */
export const builtAt = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);

/**
 * Bundles server/main.ts into `outfile`. The file must sit one folder below the repository (dist/),
 * where the server finds scenarios/ and dist/client/ as it does from server/.
 */
export function bundleServer(outfile = SERVER_BUNDLE) {
  // Loaded here, not at the top: a start with nothing to rebuild does not pay for esbuild.
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  buildSync({
    entryPoints: [at('server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE_SHIM },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  return outfile;
}

/** Type-checks and compiles the server, then bundles it. Throws with tsc's report when it fails. */
export function buildServer() {
  const tsc = spawnSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${tsc.stdout}${tsc.stderr}`);
  bundleServer();
}

/** True when the bundle is missing or a source is newer than it. */
export function serverIsStale() {
  return builtAt(SERVER_BUNDLE) < newest(SERVER_SOURCES);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildServer();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
