/**
 * The edit server behind `npm run edit`: serves the built app and a data folder on 127.0.0.1,
 * and takes saves into that folder. It answers only its own page: any request whose Host is not
 * its own address (a DNS-rebinding name) is refused, and a write must come from its own Origin
 * with a JSON body. A save is checked whole — the folder with the changes applied must pass the
 * full check-data — before anything is written; then every file goes to a temporary file, a
 * journal names the renames, and the renames happen. A server killed mid-save leaves the old
 * folder (no journal yet) or finishes the new one when it starts again (journal present):
 * never a torn file, never half a save.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  lstat,
  mkdir,
  open,
  readFile,
  readdir,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { ABSENT_VERSION, EDIT_API } from '../../src/domain/authoring/edit-api.ts';
import { checkFolder } from '../../src/domain/check-folder.ts';
import { DataFileReadError, MANIFEST_FILE } from '../../src/domain/load-dataset.ts';
import { formatProblem } from '../../src/domain/problem.ts';

export { EDIT_API };
/** The version of a file that is not on disk (a new file, or a new dossier's manifest). */
export const ABSENT = ABSENT_VERSION;
/** A save carries whole bundle files; far past this is not a save but an attack or a mistake. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const JOURNAL = '.dossier-save.journal';
const TEMP_MARK = '.dossier-tmp-';

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A data file the server may write: a slug `.json`, at the top or one slug folder down. */
export const WRITABLE_PATH = new RegExp(`^(?:${slug}/)?${slug}\\.json$`);

const SaveRequestSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        path: z.string().max(200),
        /** The version the page read (its ETag), or `absent` for a file it creates. */
        base: z.string().max(100),
        content: z.string(),
      }),
    )
    .min(1)
    .max(10_000),
});

export interface EditServerOptions {
  dataDir: string;
  distDir: string;
  port: number;
  /** Used when the folder has no manifest yet. */
  newTitle?: string;
}

export interface EditServer {
  url: string;
  close: () => Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

/** A file's version: the SHA-256 of its bytes, as its ETag. */
export function versionOf(bytes: Buffer | string): string {
  return `"sha256-${createHash('sha256').update(bytes).digest('hex')}"`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const dataDir = path.resolve(options.dataDir);
  const distDir = path.resolve(options.distDir);
  const newTitle = options.newTitle ?? `Dossier — ${path.basename(dataDir)}`;
  await recoverInterruptedSave(dataDir);
  // Filled in once listening: with port 0 the system picks the port.
  const own = new Set<string>();
  const ownOrigins = new Set<string>();
  let saving: Promise<unknown> = Promise.resolve();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // DNS rebinding: a foreign name resolving to 127.0.0.1 still says its own Host.
    if (!own.has(req.headers.host ?? '')) throw new HttpError(403, 'unknown Host');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (origin !== undefined && !ownOrigins.has(origin)) {
        throw new HttpError(403, 'requests from another origin are refused');
      }
      if (req.headers['sec-fetch-site'] === 'cross-site') {
        throw new HttpError(403, 'cross-site requests are refused');
      }
      if (url.pathname === EDIT_API.session && req.method === 'GET') {
        return sendJson(res, 200, { editing: true, folder: path.basename(dataDir) });
      }
      if (url.pathname === EDIT_API.save && req.method === 'POST') {
        // A write must name its origin: browsers always send it on a POST from a page.
        if (origin === undefined) throw new HttpError(403, 'a save must come from the edit page');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          throw new HttpError(415, 'a save is a JSON body');
        }
        const body = await readBody(req);
        const run = saving.then(() => save(dataDir, newTitle, body));
        saving = run.catch(() => undefined);
        return sendJson(res, 200, await run);
      }
      throw new HttpError(404, 'no such endpoint');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'read-only path');
    if (url.pathname.startsWith('/data/')) {
      return serveDataFile(req, res, dataDir, url.pathname.slice('/data/'.length), newTitle);
    }
    return serveApp(req, res, distDir, url.pathname);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        sendJson(res, error.status, { error: error.message, ...error.extra });
      } else {
        sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
    own.add(host);
    ownOrigins.add(`http://${host}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'the save is too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'the save is too large');
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
}

/**
 * The absolute path of a data file, refused unless it is a slug `.json` whose folder lies inside
 * the data folder once links are resolved, and which is not itself a link.
 */
async function resolveDataPath(dataDir: string, relative: string): Promise<string> {
  if (!WRITABLE_PATH.test(relative)) {
    throw new HttpError(
      400,
      `refused path "${relative.slice(0, 80)}": only slug names ending in .json inside the data folder`,
    );
  }
  const root = await realpath(dataDir).catch(() => dataDir);
  const target = path.join(root, relative);
  const folder = path.dirname(target);
  const realFolder = await realpath(folder).catch(() => null);
  if (realFolder !== null && realFolder !== folder) {
    throw new HttpError(
      400,
      `refused path "${relative}": its folder is a link out of the data folder`,
    );
  }
  const info = await lstat(target).catch(() => null);
  if (info?.isSymbolicLink()) throw new HttpError(400, `refused path "${relative}": it is a link`);
  return target;
}

/** An ETag as compared: without its quotes or weak mark. */
function bareVersion(version: string): string {
  return version.replace(/^W\//, '').replace(/^"|"$/g, '');
}

async function currentVersion(file: string): Promise<string> {
  try {
    return versionOf(await readFile(file));
  } catch {
    return ABSENT;
  }
}

async function serveDataFile(
  req: IncomingMessage,
  res: ServerResponse,
  dataDir: string,
  relative: string,
  newTitle: string,
): Promise<void> {
  let target: string;
  try {
    target = await resolveDataPath(dataDir, decodeURIComponent(relative));
  } catch {
    throw new HttpError(404, 'no such data file');
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    if (relative !== MANIFEST_FILE) throw new HttpError(404, 'no such data file');
    // A new dossier: an empty folder until the first save writes its manifest.
    const manifest = JSON.stringify({ format: 'dossier/1', title: newTitle, files: [] });
    res.writeHead(200, {
      'content-type': TYPES['.json'],
      'cache-control': 'no-cache',
      etag: `"${ABSENT}"`,
    });
    res.end(req.method === 'HEAD' ? undefined : manifest);
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES['.json'],
    'cache-control': 'no-cache',
    etag: versionOf(bytes),
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

async function serveApp(
  req: IncomingMessage,
  res: ServerResponse,
  distDir: string,
  pathname: string,
): Promise<void> {
  const decoded = decodeURIComponent(pathname);
  const candidate = path.normalize(path.join(distDir, decoded));
  const inside = candidate.startsWith(distDir + path.sep);
  const info = inside ? await stat(candidate).catch(() => null) : null;
  // The app's routes are its own: any path that is not a built file gets index.html.
  const file = info?.isFile() ? candidate : path.join(distDir, 'index.html');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'cache-control': file.includes(`${path.sep}assets${path.sep}`)
      ? 'max-age=31536000, immutable'
      : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

interface JournalEntry {
  temp: string;
  final: string;
}

async function save(dataDir: string, newTitle: string, body: unknown) {
  const parsed = SaveRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(400, `not a save request: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  const { files } = parsed.data;
  const seen = new Set<string>();
  const targets = new Map<string, { target: string; content: string }>();
  for (const file of files) {
    if (seen.has(file.path)) throw new HttpError(400, `"${file.path}" is named twice`);
    seen.add(file.path);
    targets.set(file.path, {
      target: await resolveDataPath(dataDir, file.path),
      content: file.content,
    });
  }
  // Changed on disk since the page read it: stop, name the file, touch nothing.
  for (const file of files) {
    const now = await currentVersion(targets.get(file.path)?.target ?? '');
    if (bareVersion(now) !== bareVersion(file.base)) {
      throw new HttpError(
        409,
        `${file.path} changed on disk since it was loaded; reload to see the new version before saving`,
        {
          file: file.path,
        },
      );
    }
  }
  const check = await checkFolder(async (file) => {
    const pending = targets.get(file);
    if (pending) return pending.content;
    try {
      return await readFile(await resolveDataPath(dataDir, file), 'utf8');
    } catch (error) {
      if (file === MANIFEST_FILE) {
        return JSON.stringify({ format: 'dossier/1', title: newTitle, files: [] });
      }
      throw new DataFileReadError(
        file,
        error instanceof HttpError ? error.message : 'no such file',
      );
    }
  });
  if (!check.ok) {
    throw new HttpError(
      422,
      'the folder with these changes does not pass check-data; nothing was written',
      {
        problems: check.problems,
        lines: check.problems.map(formatProblem),
      },
    );
  }
  await mkdir(dataDir, { recursive: true });
  const journal: JournalEntry[] = [];
  for (const [relative, { target, content }] of targets) {
    await mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(dataDir, `${TEMP_MARK}${randomBytes(6).toString('hex')}.json`);
    await writeDurably(temp, content);
    journal.push({ temp: path.relative(dataDir, temp), final: relative });
  }
  await writeDurably(path.join(dataDir, JOURNAL), JSON.stringify(journal));
  await applyJournal(dataDir, journal);
  const versions: Record<string, string> = {};
  for (const [relative, { content }] of targets) versions[relative] = versionOf(content);
  return { saved: [...targets.keys()], versions, sources: check.sources, records: check.records };
}

async function writeDurably(file: string, content: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function applyJournal(dataDir: string, journal: readonly JournalEntry[]): Promise<void> {
  for (const { temp, final } of journal) {
    const from = path.join(dataDir, temp);
    if (
      await stat(from).then(
        () => true,
        () => false,
      )
    )
      await rename(from, path.join(dataDir, final));
  }
  await syncFolder(dataDir);
  await rm(path.join(dataDir, JOURNAL), { force: true });
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A save interrupted after its journal was written is finished (every temporary file is whole);
 * one interrupted before leaves only stray temporary files, which are removed.
 */
export async function recoverInterruptedSave(dataDir: string): Promise<void> {
  const journalFile = path.join(dataDir, JOURNAL);
  const text = await readFile(journalFile, 'utf8').catch(() => null);
  if (text !== null) {
    const entries = z
      .array(z.strictObject({ temp: z.string(), final: z.string() }))
      .safeParse(JSON.parse(text));
    if (entries.success) {
      const safe = entries.data.filter(
        ({ temp, final }) => temp.startsWith(TEMP_MARK) && WRITABLE_PATH.test(final),
      );
      await applyJournal(dataDir, safe);
    } else {
      await rm(journalFile, { force: true });
    }
  }
  const names = await readdir(dataDir).catch(() => []);
  for (const name of names) {
    if (name.startsWith(TEMP_MARK)) await rm(path.join(dataDir, name), { force: true });
  }
}
