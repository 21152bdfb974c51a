import { describe, expect, it } from 'vitest';
import { locatePassage } from './dataset-index.ts';
import { loadDataset } from './load-dataset.ts';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';

const dataset = await loadDataset(readerOf(builtInDataFiles()));

describe('the web page’s furniture', () => {
  it('is passed over when a passage is found: the breadcrumb repeats the headline, the headline is cited', () => {
    const source = dataset.sources.find((s) => s.id === 'itespresso-pelata');
    expect(source?.paragraphs[0]?.kind).toBe('chrome');
    const headline =
      'Interview Patrick Pélata – Salesforce : Retour sur la stratégie SI de Renault';
    expect(source?.paragraphs[0]?.text).toContain(headline);
    expect(source && locatePassage(source, headline)).toEqual({
      paragraph: 1,
      start: 0,
      end: headline.length,
    });
    expect(source && locatePassage(source, 'Laisser une réponse')).toBeNull();
  });
});
