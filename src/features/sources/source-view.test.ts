import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { sourceView } from './source-view.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

describe('what the source reader shows', () => {
  it('exports the source and each record its highlighted passages cite, once', () => {
    const view = sourceView(index, 'bfm-hoffstetter');
    const cited = (view?.citations ?? []).map((c) => c.record.record.id);
    expect(cited.length).toBeGreaterThan(new Set(cited).size);
    expect(view?.shownIds).toEqual(['bfm-hoffstetter', ...new Set(cited)]);
    expect(view?.records.map((entry) => entry.record.id)).toEqual([...new Set(cited)]);
  });

  it('shows nothing for an unknown source', () => {
    expect(sourceView(index, 'no-such-source')).toBeNull();
  });
});
