import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset.ts';
import { untranslatedParagraphs } from './translation-gaps.ts';
import { builtInDataFiles, minimalDataFolder, readerOf } from '../testing/data-folder.ts';

function folderWith(paragraphs: Record<string, unknown>[], language = 'fr') {
  const folder = minimalDataFolder();
  const [source] = folder.source.sources;
  if (source) Object.assign(source, { paragraphs, language });
  return new Map([
    ['manifest.json', JSON.stringify(folder.manifest)],
    ['source.json', JSON.stringify(folder.source)],
    ['records.json', JSON.stringify(folder.records)],
  ]);
}

describe('paragraphs without an English translation', () => {
  it('leaves none in the shipped sources: every paragraph but the page furniture is translated', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    expect(untranslatedParagraphs(dataset)).toEqual([]);
    const paragraphs = dataset.sources.flatMap((source) => source.paragraphs);
    expect(paragraphs.filter((p) => p.kind !== 'chrome' && !p.translation)).toEqual([]);
    expect(paragraphs.filter((p) => p.kind === 'chrome').length).toBeGreaterThan(0);
  });

  it('names each untranslated paragraph of the article, and never the page furniture', async () => {
    const dataset = await loadDataset(
      readerOf(
        folderWith([
          { text: 'Ada Lovelace dirige Acme depuis 2010.', kind: 'body' },
          { text: 'Laisser une réponse', kind: 'chrome' },
          { text: 'Acme recrute.', kind: 'body', translation: 'Acme is hiring.' },
          { text: 'Un parcours', kind: 'heading' },
        ]),
      ),
    );
    expect(untranslatedParagraphs(dataset)).toEqual([
      {
        file: 'source.json',
        record: 's1',
        path: 'sources[0].paragraphs[0].translation',
        message: expect.stringContaining('no English translation of this body paragraph'),
      },
      {
        file: 'source.json',
        record: 's1',
        path: 'sources[0].paragraphs[3].translation',
        message: expect.stringContaining('no English translation of this heading paragraph'),
      },
    ]);
  });

  it('asks nothing of a source written in English', async () => {
    const dataset = await loadDataset(
      readerOf(folderWith([{ text: 'Ada Lovelace dirige Acme depuis 2010.', kind: 'body' }], 'en')),
    );
    expect(untranslatedParagraphs(dataset)).toEqual([]);
  });

  it('refuses a translation attached to the page furniture', async () => {
    const load = loadDataset(
      readerOf(
        folderWith([
          { text: 'Ada Lovelace dirige Acme depuis 2010.', kind: 'body' },
          { text: 'Laisser une réponse', kind: 'chrome', translation: 'Leave a reply' },
        ]),
      ),
    );
    await expect(load).rejects.toMatchObject({
      problems: [
        {
          file: 'source.json',
          record: 's1',
          path: 'sources[0].paragraphs[1].translation',
          message: expect.stringContaining('it takes no translation'),
        },
      ],
    });
  });
});
