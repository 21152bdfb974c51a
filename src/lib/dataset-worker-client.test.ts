import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../domain/dataset-index.ts';
import { loadDataset } from '../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';
import {
  WorkerMessageSchema,
  type LoadRequest,
  type WorkerMessage,
} from './dataset-load-protocol.ts';
import { runLoad } from './dataset-load-run.ts';
import { loadIndexInWorker } from './dataset-worker-client.ts';
import { startLoadWorker } from './dataset-worker-start.ts';

const BASE = 'http://dossier.test/data/';

/** What the worker sends for the built-in folder, as the real run posts it. */
async function messagesOfBuiltIn(): Promise<WorkerMessage[]> {
  const files = builtInDataFiles();
  const messages: WorkerMessage[] = [];
  await runLoad(BASE, {
    fetch: async (input) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const text = files.get(url.slice(BASE.length));
      return text === undefined
        ? new Response('not found', { status: 404 })
        : new Response(text, { headers: { etag: `"${url}"` } });
    },
    cache: null,
    loader: 'loader-a',
    post: (message) => messages.push(WorkerMessageSchema.parse(structuredClone(message))),
  });
  return messages;
}

/** A worker that only records what it is asked and says what the test makes it say. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  readonly asked: unknown[] = [];
  terminated = false;
  readonly url: string | URL;
  constructor(url: string | URL) {
    super();
    this.url = url;
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.asked.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: WorkerMessage) {
    this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
  }
}

function fakeWorkers() {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', { href: 'http://dossier.test/timeline' });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('starting the loading worker before its client code', () => {
  it('asks the worker for the folder at once, by its full address', () => {
    fakeWorkers();
    startLoadWorker('/data/');
    const [worker] = FakeWorker.made;
    const request: LoadRequest = { type: 'load', base: 'http://dossier.test/data/' };
    expect(worker?.asked).toEqual([request]);
  });

  it('loses nothing the worker sent before the client listened, and keeps the order', async () => {
    fakeWorkers();
    const messages = await messagesOfBuiltIn();
    const started = startLoadWorker(BASE);
    const worker = FakeWorker.made[0];
    if (!worker) throw new Error('no worker was made');
    // Half of the messages arrive while the client's code is still downloading.
    const half = Math.floor(messages.length / 2);
    for (const message of messages.slice(0, half)) worker.say(message);
    const loading = loadIndexInWorker(BASE, started);
    for (const message of messages.slice(half)) worker.say(message);
    const index = await loading;
    const expected = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    expect(index.dataset).toEqual(expected.dataset);
    expect([...index.byId.keys()]).toEqual([...expected.byId.keys()]);
  });

  it('reports a worker that failed before the client listened', async () => {
    fakeWorkers();
    const started = startLoadWorker(BASE);
    const worker = FakeWorker.made[0];
    if (!worker) throw new Error('no worker was made');
    worker.dispatchEvent(new Event('error'));
    await expect(loadIndexInWorker(BASE, started)).rejects.toThrow(
      'the data loader stopped: its code did not load',
    );
    expect(worker.terminated).toBe(true);
  });
});
