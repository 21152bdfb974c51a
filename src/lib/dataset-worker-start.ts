import type { LoadRequest } from './dataset-load-protocol.ts';
import { loadWorkerUrl } from './dataset-load-worker-url.ts';

/** A loading worker already asked for a folder, holding what it says until someone listens. */
export interface StartedLoad {
  worker: Worker;
  /**
   * The worker's events received so far, in order; from this call on they are no longer kept,
   * and the caller listens to the worker itself (in the same task, so that none is missed).
   */
  takeEarlyEvents: () => Event[];
}

/**
 * Starts the module worker that fetches and checks the folder at `base`, and asks it to load.
 * This part is small and comes with the page, so the worker starts at once, while the code
 * that receives its parts (`loadIndexInWorker`) is still on its way and the page renders.
 */
export function startLoadWorker(base: string): StartedLoad {
  const worker = new Worker(loadWorkerUrl, { type: 'module', name: 'dossier-data' });
  const early: Event[] = [];
  const keep = (event: Event) => early.push(event);
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  const request: LoadRequest = { type: 'load', base: new URL(base, location.href).href };
  worker.postMessage(request);
  return {
    worker,
    takeEarlyEvents: () => {
      worker.removeEventListener('message', keep);
      worker.removeEventListener('error', keep);
      return early.splice(0);
    },
  };
}
