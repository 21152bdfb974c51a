import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../src/domain/dataset-index.ts';
import { exportBundle } from '../src/domain/export/bundle.ts';
import { matchingRecordIds, resolveFilter } from '../src/domain/filter.ts';
import { loadDataset } from '../src/domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../src/testing/data-folder.ts';

const root = path.resolve(import.meta.dirname, '..');
const copies: string[] = [];

function checkData(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-data-'));
  copies.push(dir);
  cpSync(path.join(root, 'public/data'), dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check-data', () => {
  it('passes on the shipped data', () => {
    const { status, stdout } = checkData('public/data');
    expect(stdout).toMatch(/OK, 2 sources and \d+ records/);
    expect(status).toBe(0);
  });

  it('fails with one line naming file, record and field per problem', () => {
    const dir = brokenCopy('records/bfm-hoffstetter.json', (text) =>
      text.replace('"value": "2005"', '"value": "1995"'),
    );
    const { status, stderr } = checkData(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'records/bfm-hoffstetter.json · hoffstetter-sfr · positions[1].end: ends before it starts: 1995 is before 2000',
    );
  });

  it('passes with a warning line for a paragraph that has no English translation yet', () => {
    const dir = brokenCopy('sources/bfm-hoffstetter.json', (text) =>
      text.replace(/,\n\s*"translation": "A many-sided career"/, ''),
    );
    const { status, stdout, stderr } = checkData(dir);
    expect(stderr.trim().split('\n')).toEqual([
      'warning: sources/bfm-hoffstetter.json · bfm-hoffstetter · sources[0].paragraphs[3].translation: no English translation of this heading paragraph yet: the reader shows it in the original language alone',
    ]);
    expect(stdout).toMatch(/OK, 2 sources and \d+ records \(1 warning\(s\), see above\)/);
    expect(status).toBe(0);
  });

  it('refuses evidence that rests on the web page’s furniture', () => {
    const dir = brokenCopy('entities.json', (text) =>
      text.replace(
        '"passage": "ITespresso.fr : Quelle est la position de Salesforce dans le secteur automobile ?"',
        '"passage": "Laisser une réponse"',
      ),
    );
    const { status, stderr } = checkData(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^entities\.json · itespresso · organizations\[\d+\]\.evidence\[0\]\.passage: passage lies in the web page's furniture \(a "chrome" paragraph\) of source "itespresso-pelata"/m,
    );
  });

  it('fails on truncated JSON, naming the file, where it stops and the record before', () => {
    const dir = brokenCopy('entities.json', (text) => text.slice(0, 200));
    const { status, stderr } = checkData(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^entities\.json · [a-z0-9-]+ · line \d+, column \d+: not valid JSON: the file ends too early/m,
    );
  });
});

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

describe('npm run check-data -- file.json', () => {
  const exported = (name: string, change: (text: string) => string = (text) => text) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-export-'));
    copies.push(dir);
    const filter = resolveFilter(index, { person: ['patrick-hoffstetter'] });
    const bundle = exportBundle(index, matchingRecordIds(index, filter), 'Timeline export');
    const file = path.join(dir, name);
    writeFileSync(file, change(JSON.stringify(bundle, null, 2)));
    return file;
  };

  it('checks an exported file as a data folder of its own', () => {
    const file = exported('dossier-timeline-patrick-hoffstetter.json');
    const { status, stdout, stderr } = checkData(file);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /dossier-timeline-patrick-hoffstetter\.json: OK, \d sources? and \d+ records/,
    );
    expect(status).toBe(0);
  });

  it('accepts a file a browser renamed on download', () => {
    const { status } = checkData(exported('dossier-timeline (1).json'));
    expect(status).toBe(0);
  });

  it('reports a passage no longer found in the exported source', () => {
    const file = exported('edited.json', (text) =>
      text.replace(/"passage": "([^"]{12})/, '"passage": "XX$1'),
    );
    const { status, stderr } = checkData(file);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^edited\.json · [a-z0-9-]+ · [a-z]+\[\d+\]\.evidence\[0\]\.passage: passage not found verbatim/m,
    );
  });
});
