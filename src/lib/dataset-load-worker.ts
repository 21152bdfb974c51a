/// <reference lib="webworker" />
import { indexedDbDatasetCache } from './dataset-cache.ts';
import { LoadRequestSchema, type WorkerMessage } from './dataset-load-protocol.ts';
import { runLoad } from './dataset-load-run.ts';

/**
 * The loading worker: one per load, it fetches, checks and indexes a data folder off the page's
 * main thread, then closes once the checked copy is saved.
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
  const request = LoadRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const cache = typeof indexedDB === 'undefined' ? null : indexedDbDatasetCache();
  void runLoad(request.data.base, {
    fetch: (input, init) => fetch(input, init),
    cache,
    // The worker's own address carries its build's content hash: new checks, new key.
    loader: scope.location.href,
    post: (message: WorkerMessage, transfer: Transferable[] = []) =>
      scope.postMessage(message, transfer),
  }).finally(() => scope.close());
});
