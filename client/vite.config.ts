// Builds the web client into <repo>/dist/client, which the server serves at `/`.
// The server's CSP allows only our own scripts and styles, so the build must emit no inline
// script or style: Vite's default output (one module script, one stylesheet) fits.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: true })],
  build: {
    outDir: here('../dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    // A data: URL for a tiny asset would be fine under the CSP for images, but not for scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  // `npm run dev` runs the server on :3000; `npx vite --config client/vite.config.ts` forwards the API to it.
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
