import { describe, expect, it } from 'vitest';
import { buildIndex } from './dataset-index.ts';
import { buildEntityOptions, entityOptionSteps } from './entity-search.ts';
import { loadDataset } from './load-dataset.ts';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';

describe('the filter’s options built in slices', () => {
  it('are the options built whole, and kept for the dataset', async () => {
    const files = builtInDataFiles();
    const sliced = buildIndex(await loadDataset(readerOf(files)));
    const whole = buildIndex(await loadDataset(readerOf(files)));
    const steps = entityOptionSteps(sliced);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(0);
    expect(step.value).toEqual(buildEntityOptions(whole));
    expect(buildEntityOptions(sliced)).toBe(step.value);
    expect(step.value.map((o) => o.id)).toContain('patrick-pelata');
  });
});
