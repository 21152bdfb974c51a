/// <reference lib="webworker" />
import { handleLoadRequest } from './dataset-load-handler.ts';

/**
 * The loading worker's entry. The build emits it as a chunk of the app's own graph (see
 * `loadingWorkerChunk` in vite.config.ts), not as a separate worker bundle, so the worker
 * imports the same chunks as the page: one copy of zod and the schemas, fetched once.
 */
function isWorkerScope(value: unknown): value is DedicatedWorkerGlobalScope {
  return (
    typeof DedicatedWorkerGlobalScope !== 'undefined' && value instanceof DedicatedWorkerGlobalScope
  );
}

const here: unknown = globalThis;
if (!isWorkerScope(here)) throw new Error('the loading worker runs only as a dedicated worker');
const scope = here;

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  // The worker's own address carries its build's content hash: new checks, new key.
  handleLoadRequest(scope, event.data, scope.location.href);
});
