import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { oneFigurePerFact } from './figure-facts.ts';

describe('oneFigurePerFact', () => {
  it('keeps one figure per fact of Renault’s header: its age once, the latest', async () => {
    const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    const figures = index.figuresBySubject.get('renault') ?? [];
    expect(figures.map((f) => f.id)).toContain('renault-centenary');
    expect(oneFigurePerFact(figures).map((f) => f.id)).toEqual([
      'renault-age',
      'renault-workforce-ratio',
      'renault-workforce-derived',
    ]);
  });
});
