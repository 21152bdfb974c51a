import { describe, expect, it } from 'vitest';
import { parseSearch, searchEntries, stringifySearch } from './search-params.ts';

describe('parseSearch', () => {
  it('reads plain values, decoding escapes and plus signs', () => {
    expect(parseSearch('?q=exp%C3%A9rience+client&asof=2012')).toEqual({
      q: 'expérience client',
      asof: '2012',
    });
  });

  it('keeps every value of a list key and the first of any other', () => {
    expect(parseSearch('?person=a&person=b&q=first&q=second')).toEqual({
      person: ['a', 'b'],
      q: 'first',
    });
  });

  it('leaves out a pair whose percent-encoding is broken', () => {
    expect(parseSearch('?q=%E0%A4%A&item=x&asof=100%')).toEqual({ item: 'x' });
  });

  it('leaves out values too long to be any parameter', () => {
    expect(parseSearch(`?q=${'a'.repeat(100_000)}&item=x`)).toEqual({ item: 'x' });
  });

  it('never assigns keys that every object has, so the prototype stays untouched', () => {
    const search = parseSearch(
      '?__proto__=a&__proto__=b&constructor=c&toString=d&hasOwnProperty=e&q=ok',
    );
    expect(Object.getPrototypeOf(search)).toBe(Object.prototype);
    expect(Object.keys(search)).toEqual(['q']);
    expect(String(search)).toBe('[object Object]');
    expect(Reflect.get({}, 'q')).toBeUndefined();
  });
});

describe('searchEntries', () => {
  it('lists every pair as written, marking the ones it cannot decode', () => {
    expect(searchEntries('?a=1&%E0=2&b')).toEqual([
      { key: 'a', value: '1', written: 'a=1', malformed: false },
      { key: '%E0', value: '2', written: '%E0=2', malformed: true },
      { key: 'b', value: '', written: 'b', malformed: false },
    ]);
  });
});

describe('stringifySearch', () => {
  it('writes lists comma-separated and leaves out empty values', () => {
    expect(stringifySearch({ person: ['a', 'b'], q: '', item: undefined, asof: '2012' })).toBe(
      '?person=a,b&asof=2012',
    );
  });
});
