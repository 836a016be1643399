// Bundles the server (server/main.ts and everything it imports) into one file, dist/mend-server.js,
// which is what `npm start` and the container run.
//
// Why: unbundled, a start spends most of its time finding, reading and linking ~800 module files
// (typebox alone is ~680 of them). One file cuts start to ready by about 40% (`npm run bench --
// --only start`). esbuild is the bundler because it is already here (tsx and Vite run on it), reads
// the TypeScript sources directly and takes well under a second.
//
//   node scripts/bundle-server.mjs            # writes dist/mend-server.js
//   import { bundleServer } from './bundle-server.mjs'
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SERVER_BUNDLE = join(repo, 'dist/mend-server.js');

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

/**
 * The file must sit one folder below the repository (dist/), where the server finds scenarios/
 * and dist/client/ as it does from server/.
 */
export async function bundleServer(outfile = SERVER_BUNDLE) {
  await build({
    entryPoints: [join(repo, 'server/main.ts')],
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleServer();
}
