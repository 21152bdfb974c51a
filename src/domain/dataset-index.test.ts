import { describe, expect, it } from 'vitest';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';
import { buildIndex, indexSteps, locatorOf, passageLocations } from './dataset-index.ts';
import { loadDataset } from './load-dataset.ts';

describe('indexSteps', () => {
  it('pauses along the way and ends with the index buildIndex makes', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    const steps = indexSteps(dataset);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    const whole = buildIndex(dataset);
    expect(pauses).toBeGreaterThan(0);
    const { descendantsOf: _a, companyOf: _b, ...sliced } = step.value;
    const { descendantsOf: _c, companyOf: _d, ...built } = whole;
    expect(sliced).toEqual(built);
    expect(step.value.companyOf('renault-digital-factory')).toBe('renault');
  });

  it('reads passage places computed elsewhere exactly as it finds them itself', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    const located = buildIndex(dataset, locatorOf(passageLocations(dataset)));
    expect(located.citationsBySource).toEqual(buildIndex(dataset).citationsBySource);
    expect(located.citationsBySource.size).toBeGreaterThan(0);
  });
});
