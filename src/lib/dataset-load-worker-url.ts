/**
 * The loading worker's script, for `new Worker(…, { type: 'module' })`. In the build this
 * expression is replaced by the address of the chunk emitted for it (`loadingWorkerChunk` in
 * vite.config.ts); the dev server serves the module itself at this address.
 */
export const loadWorkerUrl: string = new URL('./dataset-load-worker.ts', import.meta.url).href;
