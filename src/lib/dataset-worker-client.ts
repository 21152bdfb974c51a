import { indexSteps, locatorOf, type DatasetIndex } from '../domain/dataset-index.ts';
import { entityOptionSteps } from '../domain/entity-search.ts';
import { datasetAssembler, errorOf, WorkerMessageSchema } from './dataset-load-protocol.ts';
import type { StartedLoad } from './dataset-worker-start.ts';
import { reportLoadProgress } from './load-progress.ts';
import { runInSlices } from './run-in-slices.ts';
import { recordLoadedFolder } from './authoring/file-versions.ts';

/**
 * Loads the folder at `base` in a module worker (fetch, parse, schemas, integrity and content
 * checks, passage search, the saved copy). Each file it sends is parsed here as it arrives; once
 * every file has come, the index (and the filter bar's options) is built here in slices that
 * never hold the page's thread for long, while the worker runs the cross-file checks, and given
 * out only once the worker says the whole folder passed. The worker was started by
 * `startLoadWorker`, as soon as the page asked for the folder; what it sent before this code
 * arrived is read first.
 * Rejects with the loader's own `DatasetError` or `DataFileReadError`.
 */
export function loadIndexInWorker(base: string, started: StartedLoad): Promise<DatasetIndex> {
  const { worker } = started;
  const assembler = datasetAssembler();
  return new Promise<DatasetIndex>((resolve, reject) => {
    let settled = false;
    let indexing: Promise<DatasetIndex> | null = null;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reportLoadProgress(base, null);
      worker.terminate();
      reject(error);
    };
    const failWith = (error: unknown) =>
      fail(error instanceof Error ? error : new Error(String(error)));
    const onError = (event: Event) => {
      const said = 'message' in event && typeof event.message === 'string' ? event.message : '';
      fail(new Error(`the data loader stopped: ${said || 'its code did not load'}`));
    };
    const onMessage = (event: Event) => {
      if (settled || !(event instanceof MessageEvent)) return;
      const message = WorkerMessageSchema.safeParse(event.data);
      if (!message.success) {
        fail(new Error('the data loader sent a message this page does not understand'));
        return;
      }
      const data = message.data;
      switch (data.type) {
        case 'progress':
          reportLoadProgress(base, data.progress);
          return;
        case 'file':
          try {
            assembler.add(data);
          } catch (error) {
            failWith(error);
          }
          return;
        case 'parsed': {
          // Built in slices, so the page answers input and draws the bar meanwhile; the filter
          // bar's options too, before the page first shows the dataset. Nothing is shown
          // before `done`: a folder failing its cross-file checks gets the error screen.
          indexing = Promise.resolve()
            .then(() =>
              runInSlices(
                untilSettled(indexSteps(assembler.dataset(data), locatorOf(data.locations))),
              ),
            )
            .then(async (index) => {
              await runInSlices(entityOptionSteps(index));
              return index;
            });
          // A failure shows when `done` awaits it; the worker's `failed` may come first.
          indexing.catch(() => undefined);
          return;
        }
        case 'done': {
          // The worker closes itself once the checked copy is saved: not terminated here.
          recordLoadedFolder(base, data.versions, data.manifest);
          const index = indexing;
          if (!index) {
            fail(new Error('the data loader finished before sending every file'));
            return;
          }
          index
            .then((built) => {
              assembler.finish(data);
              return built;
            })
            .then((built) => {
              if (settled) return;
              settled = true;
              reportLoadProgress(base, null);
              resolve(built);
            }, failWith);
          return;
        }
        case 'failed':
          fail(errorOf(data.failure));
          return;
      }
    };
    /** The steps, given up at their next pause once the load has failed: no one wants them. */
    function* untilSettled<T>(steps: Generator<void, T, void>): Generator<void, T, void> {
      for (;;) {
        if (settled) throw new Error('the load has ended');
        const step = steps.next();
        if (step.done) return step.value;
        yield;
      }
    }
    for (const event of started.takeEarlyEvents()) {
      if (event.type === 'error') onError(event);
      else onMessage(event);
    }
    worker.addEventListener('error', onError);
    worker.addEventListener('message', onMessage);
  });
}
