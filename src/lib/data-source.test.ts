import { describe, expect, it } from 'vitest';
import { DataPathRefusedError, dataBaseOf } from './data-source.ts';

describe('dataBaseOf', () => {
  it('loads the built-in folder without ?data=', () => {
    expect(dataBaseOf(undefined)).toBe('/data/');
    expect(dataBaseOf('')).toBe('/data/');
  });

  it('accepts a path on this site, adding the final slash', () => {
    expect(dataBaseOf('/bench-data/c1000')).toBe('/bench-data/c1000/');
    expect(dataBaseOf('/bench-data/c2/')).toBe('/bench-data/c2/');
  });

  it.each([
    'https://example.com/data/',
    '//example.com/data/',
    'javascript:alert(1)',
    '/data/../../etc/',
    '\\\\host\\share',
    'data/',
    '/data/?x=1',
  ])('refuses %s', (value) => {
    expect(() => dataBaseOf(value)).toThrow(DataPathRefusedError);
  });
});
