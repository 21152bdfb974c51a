import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { voiceTest } from './career.ts';
import { statementsBySource } from './statements-by-source.ts';

let index: DatasetIndex;
beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
});

describe('statementsBySource', () => {
  it('leaves out a source that says nothing about the person', () => {
    const sources = statementsBySource(index, ['patrick-pelata'], voiceTest([]));
    expect(sources.map((s) => s.source.id)).toEqual(['itespresso-pelata']);
    const ids = sources[0]?.statements.map((s) => s.entry.record.id) ?? [];
    expect(ids).toContain('pelata-new-ground');
    expect(ids).not.toContain('mydeclic');
  });

  it('sets both sources side by side for a company and its units, in reading order', () => {
    const sources = statementsBySource(index, index.descendantsOf('renault'), voiceTest([]));
    expect(sources.map((s) => s.source.id)).toEqual(['itespresso-pelata', 'bfm-hoffstetter']);
    for (const { statements } of sources) {
      const places = statements.map((s) => s.paragraph * 1e6 + s.start);
      expect(places).toEqual([...places].sort((a, b) => a - b));
      expect(new Set(statements.map((s) => s.entry.record.id)).size).toBe(statements.length);
    }
    const bfm = sources[1]?.statements.map((s) => s.entry.record.id) ?? [];
    expect(bfm).toContain('digital-factory-inherits-dsi-team');
  });

  it('points each statement at its evidence in that source', () => {
    const sources = statementsBySource(index, ['salesforce'], voiceTest([]));
    for (const { source, statements } of sources) {
      for (const { entry, evidence } of statements) {
        expect(entry.record.evidence[evidence]?.source).toBe(source.id);
      }
    }
  });

  it('keeps only the chosen voices', () => {
    const sources = statementsBySource(index, ['patrick-hoffstetter'], voiceTest(['inferred']));
    const records = sources.flatMap((s) => s.statements.map((st) => st.entry.record));
    expect(new Set(records.map((r) => r.voice))).toEqual(new Set(['inferred']));
  });
});
