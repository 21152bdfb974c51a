import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy, as a meta tag so that it holds on any static host. Scripts only
 * from this origin (no inline, no eval); styles may be inline because React sets style
 * attributes; data only from this origin. Added to the build only: the dev server's hot reload
 * injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dossier-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const LOADING_WORKER_URL = /\/src\/lib\/dataset-load-worker-url\.ts$/;
const LOADING_WORKER_EXPRESSION = "new URL('./dataset-load-worker.ts', import.meta.url).href";

/**
 * The data loading worker as a chunk of the app's own build rather than a separate worker
 * bundle (which is what `new Worker(new URL(…))` gets): emitted as one more entry of the same
 * graph, it shares the page's chunks — zod and the schemas are downloaded once, not twice.
 * `dataset-load-worker-url.ts` gets the emitted chunk's address.
 */
function loadingWorkerChunk(): Plugin {
  return {
    name: 'dossier-loading-worker-chunk',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!LOADING_WORKER_URL.test(id)) return null;
      if (!code.includes(LOADING_WORKER_EXPRESSION))
        this.error(`${id} no longer reads ${LOADING_WORKER_EXPRESSION}`);
      const ref = this.emitFile({
        type: 'chunk',
        id: fileURLToPath(new URL('./src/lib/dataset-load-worker.ts', import.meta.url)),
        name: 'dataset-load-worker',
      });
      // One expression replaced within its line: the lines, hence the source map, are unchanged.
      return {
        code: code.replace(LOADING_WORKER_EXPRESSION, `import.meta.ROLLUP_FILE_URL_${ref}`),
        map: null,
      };
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), loadingWorkerChunk()],
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
