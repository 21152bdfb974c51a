import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startEditServer as startServer } from '../scripts/lib/edit-server.ts';

/** A free port on 127.0.0.1, picked by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface EditServerProcess {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/** A temporary data folder: empty, or a copy of the built-in data. */
async function temporaryFolder(from: 'empty' | 'built-in') {
  const root = await mkdtemp(path.join(tmpdir(), 'dossier-edit-'));
  const dataDir = path.join(root, 'data');
  if (from === 'built-in') await cp('public/data', dataDir, { recursive: true });
  return { root, dataDir };
}

/**
 * The edit server (`startEditServer` of scripts/lib/edit-server.ts, the one `npm run edit`
 * starts) over a temporary folder, on a port the system picks, in this test worker's own
 * process: the server is the same code, without a `tsx` start (several seconds on a loaded
 * two-core machine) per test. The command itself is run by `startEditCommand`.
 */
export async function startEditServer(from: 'empty' | 'built-in'): Promise<EditServerProcess> {
  const { root, dataDir } = await temporaryFolder(from);
  const server = await startServer({ dataDir, distDir: 'dist', port: 0 });
  return {
    url: server.url,
    dataDir,
    stop: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * `tsx scripts/edit.ts --dist dist --data <tmp> --port <free>`, as `npm run edit` runs it after
 * its build, over a temporary folder: the command line, its output and its stopping, for the
 * journey that goes through all of it.
 */
export async function startEditCommand(from: 'empty' | 'built-in'): Promise<EditServerProcess> {
  const { root, dataDir } = await temporaryFolder(from);
  const port = await freePort();
  const child: ChildProcess = spawn(
    'npx',
    ['tsx', 'scripts/edit.ts', '--dist', 'dist', '--data', dataDir, '--port', String(port)],
    // Its own process group: npx starts tsx, which starts node; stopping must end all three.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`edit server did not start: ${output}`)),
      30_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('saving enabled')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`edit server exited (${code}): ${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        if (child.pid === undefined) child.kill('SIGTERM');
        else process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Every file of a folder with the SHA-256 of its bytes, to prove a refused save wrote nothing. */
export async function folderDigest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string) => {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (entry.isDirectory()) await walk(relative);
      else
        out[relative] = createHash('sha256')
          .update(await readFile(path.join(dir, relative)))
          .digest('hex');
    }
  };
  await walk('');
  return out;
}

/** A draft as the page's draft store keeps it in IndexedDB (`dossier` › `drafts`). */
export interface SeedDraft {
  id: string;
  base: string | null;
  op: 'put';
  entry: { type: string; record: Record<string, unknown> };
}

/**
 * Writes drafts into the page's own IndexedDB store for the folder `/data/`, the way the store
 * writes them, then reloads so the page reads them: for the tests that must not wait on the
 * record forms.
 */
export async function seedDrafts(page: Page, drafts: SeedDraft[]): Promise<void> {
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('drafts');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB refused'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(
        {
          drafts: items.map((item, i) => ({ ...item, at: i + 1 })),
          past: [],
          future: [],
        },
        '/data/',
      );
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write refused'));
    });
    db.close();
  }, drafts);
  await page.reload();
}

/** A new quote of Patrick Hoffstetter's, citing the BFM text verbatim: passes check-data. */
export const validQuote: SeedDraft = {
  id: 'hoffstetter-game-changer',
  base: null,
  op: 'put',
  entry: {
    type: 'quote',
    record: {
      id: 'hoffstetter-game-changer',
      speaker: 'patrick-hoffstetter',
      source: 'bfm-hoffstetter',
      original: 'La voiture connectée change la donne.',
      translation: 'The connected car changes the game.',
      topics: ['connected-car'],
      about: [],
      voice: 'interviewee',
      evidence: [{ source: 'bfm-hoffstetter', passage: 'La voiture connectée change la donne.' }],
    },
  },
};

/** A new person nothing refers to: check-data refuses a person left unconnected. */
export const orphanPerson: SeedDraft = {
  id: 'ada-lovelace',
  base: null,
  op: 'put',
  entry: {
    type: 'person',
    record: {
      id: 'ada-lovelace',
      name: 'Ada Lovelace',
      summary: { fr: 'Personne de test.', en: 'A test person.' },
      voice: 'journalist',
      evidence: [{ source: 'bfm-hoffstetter', passage: 'La voiture connectée change la donne.' }],
    },
  },
};

/** The forms left open over the built-in folder, as IndexedDB holds them, as JSON text. */
export function storedOpenForms(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB refused'));
    });
    if (!db.objectStoreNames.contains('drafts')) return '';
    const stored = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').get('/data/#open-forms');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read refused'));
    });
    db.close();
    return JSON.stringify(stored ?? '');
  });
}

/** Crashes the page's renderer, as a tab crashes: nothing runs after, no unload. */
export async function crashPage(page: Page, context: BrowserContext): Promise<void> {
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  const session = await context.newCDPSession(page);
  session.send('Page.crash').catch(() => undefined);
  await crashed;
}
