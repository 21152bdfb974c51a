import { describe, expect, it, vi } from 'vitest';
import {
  afterNextPaint,
  createFilterIntentStore,
  filterListsKey,
  filterListsOf,
  shownFilterKey,
} from './filter-intent.ts';

describe('filter keys', () => {
  it('gives the same key for the same lists in different objects, and another for another filter', () => {
    const a = filterListsKey({ person: ['p1', 'p2'], company: undefined });
    expect(filterListsKey({ person: ['p1', 'p2'], voice: undefined })).toBe(a);
    expect(filterListsKey({ person: ['p2', 'p1'] })).not.toBe(a);
    expect(filterListsKey({ company: ['p1', 'p2'] })).not.toBe(a);
  });

  it('reads the lists back from a key, an empty list as none', () => {
    const lists = { person: ['p1'], company: ['c1', 'c2'], voice: ['interviewee'] };
    expect(filterListsOf(filterListsKey(lists))).toEqual(lists);
    expect(filterListsOf(filterListsKey({}))).toEqual({
      person: undefined,
      company: undefined,
      voice: undefined,
    });
  });
});

describe('the filter the views show', () => {
  const none = filterListsKey({});
  const ada = filterListsKey({ person: ['ada'] });
  const bob = filterListsKey({ person: ['bob'] });

  it('is the URL’s when nothing was chosen', () => {
    expect(shownFilterKey(ada, null)).toBe(ada);
  });

  it('is the chosen one while the URL is still the one it was chosen from', () => {
    expect(shownFilterKey(none, { key: ada, base: none })).toBe(ada);
  });

  it('is the URL’s once the URL has moved elsewhere (back, forward, a link)', () => {
    expect(shownFilterKey(bob, { key: ada, base: none })).toBe(bob);
  });
});

describe('the intent store', () => {
  it('tells its listeners, and a withdrawn intent leaves nothing', () => {
    const store = createFilterIntentStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const withdraw = store.set({ key: 'k', base: 'b' });
    expect(store.current()).toEqual({ key: 'k', base: 'b' });
    withdraw();
    expect(store.current()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps a later intent when an earlier one is withdrawn', () => {
    const store = createFilterIntentStore();
    const withdrawFirst = store.set({ key: 'k1', base: 'b' });
    store.set({ key: 'k2', base: 'b' });
    withdrawFirst();
    expect(store.current()).toEqual({ key: 'k2', base: 'b' });
  });
});

describe('afterNextPaint', () => {
  it('runs the task once, after the next frame', () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      afterNextPaint(task);
      expect(task).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
