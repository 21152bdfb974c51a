import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ABSENT,
  EDIT_API,
  recoverInterruptedSave,
  startEditServer,
  versionOf,
  type EditServer,
} from './lib/edit-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const cleanup: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A data folder copied from the shipped one, and a fake build with an index.html. */
async function serve(
  data: 'copy' | 'empty' | 'missing',
): Promise<{ server: EditServer; dir: string }> {
  const base = tempDir('dossier-edit-');
  const dir = path.join(base, 'data');
  if (data === 'copy') cpSync(path.join(root, 'public/data'), dir, { recursive: true });
  if (data === 'empty') mkdirSync(dir);
  const dist = path.join(base, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dossier</title>');
  const server = await startEditServer({ dataDir: dir, distDir: dist, port: 0 });
  cleanup.push(() => server.close());
  return { server, dir };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function postSave(server: EditServer, files: unknown, headers: Record<string, string> = {}) {
  return request(`${server.url}${EDIT_API.save}`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ files }),
  });
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (entry.isSymbolicLink()) out[relative] = '(link)';
      else if (entry.isDirectory()) walk(relative);
      else out[relative] = readFileSync(path.join(dir, relative), 'utf8');
    }
  };
  if (existsSync(dir)) walk('');
  return out;
}

function checkData(dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], {
    cwd: root,
    encoding: 'utf8',
  });
}

const person = {
  id: 'jeanne-martin',
  name: 'Jeanne Martin',
  summary: { fr: 'Personne de test.', en: 'A test person.' },
  voice: 'journalist',
  evidence: [{ source: 'bfm-hoffstetter', passage: 'Patrick Hoffstetter' }],
};

describe('edit server: reading', () => {
  it('serves data files with their content hash as ETag, and the app for any route', async () => {
    const { server, dir } = await serve('copy');
    const manifest = await request(`${server.url}/data/manifest.json`, {
      headers: { host: new URL(server.url).host },
    });
    expect(manifest.status).toBe(200);
    expect(manifest.headers.etag).toBe(versionOf(readFileSync(path.join(dir, 'manifest.json'))));
    const route = await request(`${server.url}/timeline?person=patrick-pelata`);
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Dossier</title>');
    const session = await request(`${server.url}${EDIT_API.session}`);
    expect(JSON.parse(session.body)).toMatchObject({ editing: true });
  });

  it('offers a missing or empty folder as a new, empty dossier', async () => {
    for (const kind of ['missing', 'empty'] as const) {
      const { server } = await serve(kind);
      const manifest = await request(`${server.url}/data/manifest.json`);
      expect(manifest.status).toBe(200);
      expect(manifest.headers.etag).toBe(`"${ABSENT}"`);
      expect(JSON.parse(manifest.body)).toMatchObject({ format: 'dossier/1', files: [] });
    }
  });

  it('refuses a Host that is not its own (DNS rebinding), even for reads', async () => {
    const { server } = await serve('copy');
    const answer = await request(`${server.url}/data/manifest.json`, {
      headers: { host: 'evil.example:4174' },
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toEqual({ error: 'unknown Host' });
  });
});

describe('edit server: saving', () => {
  it('writes the files of a save, and the folder passes check-data', async () => {
    const { server, dir } = await serve('copy');
    const entitiesPath = path.join(dir, 'entities.json');
    const entities = JSON.parse(readFileSync(entitiesPath, 'utf8')) as {
      people: { summary: { en: string } }[];
    };
    const first = entities.people[0];
    if (!first) throw new Error('the shipped data has people');
    first.summary.en = 'Edited through the edit server.';
    const content = `${JSON.stringify(entities, null, 2)}\n`;
    const answer = await postSave(server, [
      { path: 'entities.json', base: versionOf(readFileSync(entitiesPath)), content },
    ]);
    expect(answer.status, answer.body).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      saved: ['entities.json'],
      versions: { 'entities.json': versionOf(content) },
    });
    expect(readFileSync(entitiesPath, 'utf8')).toBe(content);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    const check = checkData(dir);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses a save the check refuses, and writes nothing', async () => {
    const { server, dir } = await serve('copy');
    const before = snapshot(dir);
    const entitiesPath = path.join(dir, 'entities.json');
    const entities = JSON.parse(readFileSync(entitiesPath, 'utf8')) as { people: unknown[] };
    entities.people.push({
      ...person,
      evidence: [{ source: 'bfm-hoffstetter', passage: 'not in the text at all' }],
    });
    const answer = await postSave(server, [
      {
        path: 'entities.json',
        base: versionOf(readFileSync(entitiesPath)),
        content: JSON.stringify(entities),
      },
      { path: 'records/new.json', base: ABSENT, content: '{}' },
    ]);
    expect(answer.status).toBe(422);
    const body = JSON.parse(answer.body) as { lines: string[] };
    expect(body.lines.join('\n')).toContain('entities.json · jeanne-martin');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to overwrite a file changed on disk since it was loaded, naming it', async () => {
    const { server, dir } = await serve('copy');
    const entitiesPath = path.join(dir, 'entities.json');
    const loaded = versionOf(readFileSync(entitiesPath));
    writeFileSync(entitiesPath, `${readFileSync(entitiesPath, 'utf8')} `);
    const before = snapshot(dir);
    const answer = await postSave(server, [{ path: 'entities.json', base: loaded, content: '{}' }]);
    expect(answer.status).toBe(409);
    expect(JSON.parse(answer.body)).toMatchObject({ file: 'entities.json' });
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a foreign Origin, a missing Origin, a cross-site fetch and a non-JSON body', async () => {
    const { server, dir } = await serve('copy');
    const before = snapshot(dir);
    const files = [{ path: 'records/x.json', base: ABSENT, content: '{}' }];
    expect((await postSave(server, files, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await postSave(server, files, { origin: 'null' })).status).toBe(403);
    expect((await postSave(server, files, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await postSave(server, files, { 'content-type': 'text/plain' })).status).toBe(415);
    const noOrigin = await request(`${server.url}${EDIT_API.save}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files }),
    });
    expect(noOrigin.status).toBe(403);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses paths outside the data folder, non-JSON names and links out', async () => {
    const { server, dir } = await serve('copy');
    const outside = tempDir('dossier-outside-');
    symlinkSync(outside, path.join(dir, 'linked'));
    const before = snapshot(dir);
    for (const bad of [
      '../escape.json',
      '/etc/passwd.json',
      'records/../../x.json',
      'notes.txt',
      'Records/X.json',
      'a/b/c.json',
      'linked/x.json',
    ]) {
      const answer = await postSave(server, [{ path: bad, base: ABSENT, content: '{}' }]);
      expect(answer.status, bad).toBe(400);
      expect(JSON.parse(answer.body)).toHaveProperty('error');
    }
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('caps the body size', async () => {
    const { server } = await serve('empty');
    const answer = await postSave(server, [
      { path: 'x.json', base: ABSENT, content: 'x'.repeat(17 * 1024 * 1024) },
    ]);
    expect(answer.status).toBe(413);
  });

  it('creates the manifest of a new dossier on its first save', async () => {
    const { server, dir } = await serve('missing');
    const manifest = { format: 'dossier/1', title: 'Mon dossier', files: [] };
    const answer = await postSave(server, [
      { path: 'manifest.json', base: ABSENT, content: JSON.stringify(manifest) },
    ]);
    expect(answer.status, answer.body).toBe(200);
    expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });
});

describe('edit server: an interrupted save', () => {
  it('is finished when its journal was written, and dropped when it was not', async () => {
    const dir = tempDir('dossier-journal-');
    writeFileSync(path.join(dir, 'a.json'), 'old a');
    writeFileSync(path.join(dir, '.dossier-tmp-1.json'), 'new a');
    writeFileSync(
      path.join(dir, '.dossier-save.journal'),
      JSON.stringify([{ temp: '.dossier-tmp-1.json', final: 'a.json' }]),
    );
    await recoverInterruptedSave(dir);
    expect(snapshot(dir)).toEqual({ 'a.json': 'new a' });

    writeFileSync(path.join(dir, '.dossier-tmp-2.json'), 'half-written');
    await recoverInterruptedSave(dir);
    expect(snapshot(dir)).toEqual({ 'a.json': 'new a' });
  });
});
