import { indexSteps, locatorOf, type DatasetIndex } from '../domain/dataset-index.ts';
import { entityOptionSteps } from '../domain/entity-search.ts';
import { datasetAssembler, errorOf, WorkerMessageSchema } from './dataset-load-protocol.ts';
import type { StartedLoad } from './dataset-worker-start.ts';
import { reportLoadProgress } from './load-progress.ts';
import { runInSlices } from './run-in-slices.ts';
import { recordLoadedFolder } from './authoring/file-versions.ts';

/**
 * Loads the folder at `base` in a module worker (fetch, parse, schemas, integrity and content
 * checks, passage search, the saved copy) and builds the index here from what it sends, in
 * slices that never hold the page's thread for long. The worker was started by
 * `startLoadWorker`, as soon as the page asked for the folder; what it sent before this code
 * arrived is read first.
 * Rejects with the loader's own `DatasetError` or `DataFileReadError`.
 */
export function loadIndexInWorker(base: string, started: StartedLoad): Promise<DatasetIndex> {
  const { worker } = started;
  const assembler = datasetAssembler();
  return new Promise<DatasetIndex>((resolve, reject) => {
    const fail = (error: Error) => {
      reportLoadProgress(base, null);
      worker.terminate();
      reject(error);
    };
    const onError = (event: Event) => {
      const said = 'message' in event && typeof event.message === 'string' ? event.message : '';
      fail(new Error(`the data loader stopped: ${said || 'its code did not load'}`));
    };
    const onMessage = (event: Event) => {
      if (!(event instanceof MessageEvent)) return;
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
        case 'part':
          assembler.add(data);
          return;
        case 'done':
          // The worker closes itself once the checked copy is saved: not terminated here.
          recordLoadedFolder(base, data.versions, data.manifest);
          // Built in slices, so the page answers input and draws the bar meanwhile; the filter
          // bar's options too, before the page first shows the dataset.
          runInSlices(indexSteps(assembler.finish(data), locatorOf(data.locations)))
            .then(async (index) => {
              await runInSlices(entityOptionSteps(index));
              return index;
            })
            .then(
              (index) => {
                reportLoadProgress(base, null);
                resolve(index);
              },
              (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
            );
          return;
        case 'failed':
          fail(errorOf(data.failure));
          return;
      }
    };
    for (const event of started.takeEarlyEvents()) {
      if (event.type === 'error') onError(event);
      else onMessage(event);
    }
    worker.addEventListener('error', onError);
    worker.addEventListener('message', onMessage);
  });
}
