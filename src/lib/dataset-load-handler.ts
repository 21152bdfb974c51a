/// <reference lib="webworker" />
import { indexedDbDatasetCache } from './dataset-cache.ts';
import { LoadRequestSchema, type WorkerMessage } from './dataset-load-protocol.ts';
import { runLoad } from './dataset-load-run.ts';

/**
 * What the loading worker does with the page's request: one load per worker, which closes
 * once the checked copy is saved. `loader` names the build (see `dataset-load-worker.ts`).
 */
export function handleLoadRequest(
  scope: DedicatedWorkerGlobalScope,
  data: unknown,
  loader: string,
): void {
  const request = LoadRequestSchema.safeParse(data);
  if (!request.success) return;
  const cache = typeof indexedDB === 'undefined' ? null : indexedDbDatasetCache();
  void runLoad(request.data.base, {
    fetch: (input, init) => fetch(input, init),
    cache,
    loader,
    post: (message: WorkerMessage, transfer: Transferable[] = []) =>
      scope.postMessage(message, transfer),
  }).finally(() => scope.close());
}
