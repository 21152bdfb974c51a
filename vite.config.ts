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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  // The data loader is a module worker ('self' by the CSP), split into chunks like the app.
  worker: { format: 'es' },
});
