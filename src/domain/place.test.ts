import { describe, expect, it } from 'vitest';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';
import { buildIndex } from './dataset-index.ts';
import { loadDataset } from './load-dataset.ts';
import { le } from '../i18n/french.ts';
import { placeOf } from './place.ts';

describe('the shipped organizations in French sentences', () => {
  it('says of every organization its gender and whether it takes an article', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    const missing = dataset.organizations
      .filter((o) => o.gender === undefined || o.article === undefined || o.number === undefined)
      .map((o) => o.id);
    expect(missing).toEqual([]);
  });

  it('names a unit with its company, and a company as the press does', async () => {
    const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    expect(le(placeOf(index, 'renault-digital-factory').french)).toBe(
      'la Digital Factory de Renault',
    );
    expect(le(placeOf(index, 'sncf').french)).toBe('la SNCF');
    expect(le(placeOf(index, 'salesforce').french)).toBe('Salesforce');
    expect(placeOf(index, 'renault-digital-factory').path).toBe('Renault › Digital Factory');
    // Prose never shows the breadcrumb arrow.
    expect(placeOf(index, 'renault-digital-factory').english).toBe('Renault’s Digital Factory');
    expect(placeOf(index, 'salesforce').english).toBe('Salesforce');
    expect(le(placeOf(index, 'lastminute-com-executive-committee').french)).toBe(
      'le Comité de direction de Lastminute.com',
    );
  });
});
