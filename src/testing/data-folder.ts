import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReadDataFile } from '../domain/load-dataset.ts';
import { DataFileReadError } from '../domain/load-dataset.ts';

/** A data folder in memory: file path → file text. */
export type DataFiles = Map<string, string>;

/** A small, valid data folder: one source, one person, one company, one role. */
export interface TestDataFolder {
  manifest: { format: string; title: string; files: string[] };
  source: { sources: Record<string, unknown>[] };
  records: Record<string, Record<string, unknown>[]>;
}

export function minimalDataFolder(): TestDataFolder {
  return {
    manifest: { format: 'dossier/1', title: 'Test data', files: ['source.json', 'records.json'] },
    source: {
      sources: [
        {
          id: 's1',
          publication: 'La Gazette',
          publisher: null,
          title: 'Portrait',
          language: 'fr',
          url: null,
          genre: 'profile',
          published: { precision: 'year', value: '2012', certainty: 'stated' },
          subjects: ['ada'],
          transcriptionNotes: [],
          paragraphs: [{ text: 'Ada Lovelace dirige Acme depuis 2010.', kind: 'body' }],
        },
      ],
    },
    records: {
      people: [
        {
          id: 'ada',
          name: 'Ada Lovelace',
          summary: { fr: 'Dirigeante.', en: 'Executive.' },
          voice: 'journalist',
          evidence: [{ source: 's1', passage: 'Ada Lovelace' }],
        },
      ],
      organizations: [
        {
          id: 'acme',
          name: 'Acme',
          aliases: [],
          kind: 'company',
          parent: null,
          description: { fr: 'Entreprise.', en: 'Company.' },
          voice: 'journalist',
          evidence: [{ source: 's1', passage: 'Acme' }],
        },
      ],
      positions: [
        {
          id: 'ada-acme',
          person: 'ada',
          organization: 'acme',
          title: null,
          description: { fr: 'Dirige Acme.', en: 'Runs Acme.' },
          start: { precision: 'year', value: '2010', certainty: 'stated' },
          end: null,
          current: true,
          currentBasis: { certainty: 'stated' },
          reportsTo: [],
          voice: 'journalist',
          evidence: [{ source: 's1', passage: 'Ada Lovelace dirige Acme depuis 2010.' }],
        },
      ],
    },
  };
}

export function toFiles(folder: TestDataFolder): DataFiles {
  return new Map([
    ['manifest.json', JSON.stringify(folder.manifest)],
    ['source.json', JSON.stringify(folder.source)],
    ['records.json', JSON.stringify(folder.records)],
  ]);
}

export function readerOf(files: DataFiles): ReadDataFile {
  return async (file) => {
    const text = files.get(file);
    if (text === undefined) throw new DataFileReadError(file, 'no such file');
    return text;
  };
}

/** The built-in data folder, read from disk, as the app would fetch it. */
export function builtInDataFiles(): DataFiles {
  const root = path.resolve(import.meta.dirname, '../../public/data');
  const files: DataFiles = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/**
 * Bob Martin, director of Globex, and Globex itself, as the journalist names them, citing
 * `source`: the second person and company of the small fixtures.
 */
export function bobAndGlobex(source: string): {
  person: Record<string, unknown>;
  organization: Record<string, unknown>;
} {
  const says = (passage: string) => [{ source, passage }];
  return {
    person: {
      id: 'bob',
      name: 'Bob Martin',
      summary: { fr: 'Directeur de Globex.', en: 'Director of Globex.' },
      voice: 'journalist',
      evidence: says('Bob Martin'),
    },
    organization: {
      id: 'globex',
      name: 'Globex',
      aliases: [],
      kind: 'company',
      parent: null,
      description: { fr: 'Entreprise.', en: 'Company.' },
      voice: 'journalist',
      evidence: says('Globex'),
    },
  };
}
