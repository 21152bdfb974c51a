import { describe, expect, it } from 'vitest';
import { builtInDataFiles, minimalDataFolder, readerOf, toFiles } from '../testing/data-folder.ts';
import { checkDateAgreement, suspicionOf } from './content-checks.ts';
import { loadDataset } from './load-dataset.ts';

describe('suspicionOf', () => {
  it.each([
    ['<script>alert(1)</script>', 'looks like HTML or script'],
    ['<IMG SRC=x OnError=alert(1)>', 'looks like HTML or script'],
    ['voir < svg onload=alert(1)>', 'looks like HTML or script'],
    ['<div onclick="x()">', 'looks like HTML or script'],
    ['lien javascript:alert(1)', 'looks like HTML or script'],
    ['Ada \u202eecalevoL', 'bidirectional control U+202E'],
    ['Ada \u2067isolée', 'bidirectional control U+2067'],
    ['Ac\u200bme', 'invisible character U+200B'],
    ['\ufeffAcme', 'invisible character U+FEFF'],
    ['bell\u0007', 'control character U+0007'],
  ])('flags %j', (text, message) => {
    expect(suspicionOf(text)).toContain(message);
  });

  it.each([
    'Patrick Pélata, directeur général délégué de Renault',
    'Le langage JavaScript : un atout, dit-il.',
    'onze = 11, et 3 < 5 > 2',
    'Une ligne\nune autre\tet une tabulation',
    'عربي et עברית, écrits de droite à gauche',
    '👩‍💻 émoji avec liant',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(suspicionOf(text)).toBeNull();
  });
});

describe('checkDateAgreement', () => {
  const joins = (date: unknown, extra: Record<string, unknown> = {}) => ({
    id: 'ada-joins-acme',
    kind: 'hire',
    title: { fr: 'Ada rejoint Acme', en: 'Ada joins Acme' },
    date,
    people: ['ada'],
    organizations: ['acme'],
    projects: [],
    voice: 'journalist',
    evidence: [{ source: 's1', passage: 'dirige Acme depuis 2010' }],
    ...extra,
  });
  const year = (value: string) => ({ precision: 'year', value, certainty: 'stated' });
  async function problemsWith(
    records: Record<string, Record<string, unknown>[]>,
    paragraph?: string,
  ) {
    const folder = minimalDataFolder();
    Object.assign(folder.records, records);
    const source = folder.source.sources[0];
    if (paragraph !== undefined && source) {
      source.paragraphs = [{ text: paragraph, kind: 'body' }];
    }
    return checkDateAgreement(await loadDataset(readerOf(toFiles(folder))));
  }

  it('passes the built-in data: records of one passage agree, or a note says why not', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    expect(checkDateAgreement(dataset)).toEqual([]);
  });

  it('flags the undated Clio project beside its dated “goes on sale” event, without its note', async () => {
    const files = builtInDataFiles();
    const file = 'records/bfm-hoffstetter.json';
    const records: unknown = JSON.parse(files.get(file) ?? '{}');
    const text = JSON.stringify(records, (key, value: unknown) =>
      key === 'note' ? undefined : value,
    );
    files.set(file, text);
    const problems = checkDateAgreement(await loadDataset(readerOf(files)));
    const clio = problems.filter((p) => p.record === 'clio-connected-launch');
    expect(clio.map((p) => p.message)).toEqual([
      expect.stringContaining('with "clio-connected-on-sale" but not its date (no date here'),
    ]);
  });

  it('does not compare two spans: a project may begin after the role that runs it', async () => {
    const project = {
      id: 'acme-launch',
      name: { fr: 'Lancement', en: 'Launch' },
      description: { fr: 'Un lancement.', en: 'A launch.' },
      owner: 'ada',
      contributors: [],
      organizations: ['acme'],
      partOf: null,
      start: year('2014'),
      end: null,
      status: 'launched',
      statusBasis: { certainty: 'stated' },
      voice: 'journalist',
      evidence: [{ source: 's1', passage: 'dirige Acme' }],
    };
    expect(await problemsWith({ projects: [project] })).toEqual([]);
  });

  it('accepts an event dated like the role whose passage it shares, or during it', async () => {
    expect(await problemsWith({ events: [joins(year('2010'))] })).toEqual([]);
    expect(await problemsWith({ events: [joins(year('2011'))] })).toEqual([]);
  });

  it('flags two events of one passage whose dates cannot meet', async () => {
    const other = { ...joins(year('2012')), id: 'ada-leaves-acme', kind: 'departure' };
    const problems = await problemsWith({ events: [joins(year('2010')), other] });
    expect(problems.map((p) => [p.record, p.path])).toEqual([['ada-joins-acme', 'events[0].date']]);
  });

  it('flags an event of the same passage dated before the role it shares it with begins', async () => {
    const problems = await problemsWith({ events: [joins(year('2008'))] });
    expect(problems).toEqual([
      {
        file: 'records.json',
        record: 'ada-acme',
        path: 'positions[0].start',
        message: expect.stringContaining(
          'shares the passage “dirige Acme depuis 2010” with "ada-joins-acme" but not its date (start 2010 here, date 2008 there)',
        ),
      },
    ]);
  });

  it('flags the undated one when the other is dated', async () => {
    const problems = await problemsWith({ events: [joins(null)] });
    expect(problems.map((p) => [p.record, p.path])).toEqual([['ada-joins-acme', 'events[0].date']]);
    expect(problems[0]?.message).toContain('(no date here, start 2010 there)');
  });

  it('accepts the disagreement when a note says why', async () => {
    const note = { fr: 'Le texte ne date pas l’arrivée.', en: 'The text does not date the hire.' };
    expect(await problemsWith({ events: [joins(null, { note })] })).toEqual([]);
  });

  it('does not compare a figure’s as-of date with when things happened', async () => {
    const figure = {
      id: 'acme-years',
      subject: { kind: 'organization', id: 'acme' },
      label: { fr: 'Années à la tête d’Acme', en: 'Years at the head of Acme' },
      value: 2,
      upTo: null,
      outOf: null,
      qualifier: 'exact',
      unit: { fr: 'ans', en: 'years' },
      asOf: year('2012'),
      voice: 'inferred',
      inference: { fr: 'De 2010 à l’article.', en: 'From 2010 to the article.' },
      evidence: [{ source: 's1', passage: 'depuis 2010' }],
    };
    expect(await problemsWith({ figures: [figure] })).toEqual([]);
  });

  it('leaves alone records citing other sentences of the same paragraph', async () => {
    const elsewhere = {
      ...joins(year('2012')),
      evidence: [{ source: 's1', passage: 'Elle rejoint Beta en 2012.' }],
    };
    const paragraph = 'Ada Lovelace dirige Acme depuis 2010. Elle rejoint Beta en 2012.';
    expect(await problemsWith({ events: [elsewhere] }, paragraph)).toEqual([]);
  });
});
