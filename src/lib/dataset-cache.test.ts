import { describe, expect, it } from 'vitest';
import { cachedFor, contentKey, memoryDatasetCache, type CachedDataset } from './dataset-cache.ts';

const FILES = [
  ['sources/a.json', 'etag "1"'],
  ['records/a.json', 'last-modified Tue, 01 Dec 2026 10:00:00 GMT'],
] as const;

describe('the key of a folder’s content', () => {
  it('is the same for the same loader, manifest and validators', async () => {
    await expect(contentKey('l', 'm', FILES)).resolves.toBe(await contentKey('l', 'm', FILES));
  });

  it.each([
    ['another loader build', contentKey('l2', 'm', FILES)],
    ['another manifest', contentKey('l', 'm2', FILES)],
    ['a file changed', contentKey('l', 'm', [FILES[0], ['records/a.json', 'etag "2"']])],
    ['the files in another order', contentKey('l', 'm', [FILES[1], FILES[0]])],
    ['a file fewer', contentKey('l', 'm', [FILES[0]])],
  ])('changes with %s', async (_what, other) => {
    expect(await other).not.toBe(await contentKey('l', 'm', FILES));
  });
});

describe('a saved dataset', () => {
  const entry = (key: string): CachedDataset => ({
    key,
    title: 'T',
    files: [{ file: 'records/a.json', text: '{"people":[]}' }],
    warnings: [],
    locations: new Int32Array(0),
  });

  it('is found under its folder and key only', async () => {
    const cache = memoryDatasetCache();
    await cache.put('/data/', entry('k1'));
    await expect(cachedFor(cache, '/data/', 'k1')).resolves.toMatchObject({ key: 'k1' });
    await expect(cachedFor(cache, '/data/', 'k2')).resolves.toBeUndefined();
    await expect(cachedFor(cache, '/other/', 'k1')).resolves.toBeUndefined();
  });

  it('gives its key alone, for the revalidation to compare before reading the records', async () => {
    const cache = memoryDatasetCache();
    await expect(cache.keyOf('/data/')).resolves.toBeUndefined();
    await cache.put('/data/', entry('k1'));
    await expect(cache.keyOf('/data/')).resolves.toBe('k1');
    await expect(cache.keyOf('/other/')).resolves.toBeUndefined();
  });

  it('is replaced by the folder’s next content', async () => {
    const cache = memoryDatasetCache();
    await cache.put('/data/', entry('k1'));
    await cache.put('/data/', entry('k2'));
    await expect(cachedFor(cache, '/data/', 'k1')).resolves.toBeUndefined();
    await expect(cachedFor(cache, '/data/', 'k2')).resolves.toMatchObject({ key: 'k2' });
  });
});
