// Every generated link renders inside one test, so each run unmounts the previous app itself.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen } from '@testing-library/react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';

/**
 * Generated links on every route: whatever the query string holds, the view renders its
 * heading, never the error screen, and nothing leaks into Object.prototype. Seeded, so a failure
 * replays; fast-check prints the smallest link that fails. `data` is left out: another data
 * folder is a fetch, refused or failing with its own screen, not a search parameter.
 */
const RUNS_PER_ROUTE = 20;
const SEED = 20_261_106;

const IDS = [
  'patrick-hoffstetter',
  'patrick-pelata',
  'renault',
  'renault-digital-factory',
  'salesforce',
  'bfm-hoffstetter',
  'itespresso-pelata',
  'clio-connected-launch',
  'hoffstetter-sfr',
];
const KNOWN_KEYS = [
  'person',
  'company',
  'voice',
  'q',
  'item',
  'asof',
  'view',
  'sort',
  'record',
  'at',
];
const OBJECT_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const SPECIAL_VALUES = [
  '',
  'board',
  'table',
  '-dates',
  'status',
  '2012',
  '2012-13-40',
  'p3-120',
  'interviewee,journalist',
  'nobody',
  '\u202Eevil\u202C',
  'id\u200B',
  '\u0000\u0007\u001b[31m',
  '👩‍💻🇫🇷',
  'עברית',
  'é'.normalize('NFD'),
  '[object Object]',
  '{"$gt":""}',
];

/** Written into the link as they are: broken escapes, and characters that split the link. */
const RAW_VALUES = ['%E0%A4%A', '100%', '%zz', '%C3', 'a&b=c', 'x=y', '#frag', '+%2B+'];

/** Encoded as a browser would. */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate: written raw, as a hand-made link could
  }
}

const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...OBJECT_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
/** A value as written in the link. */
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...IDS, ...SPECIAL_VALUES).map(encoded) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_VALUES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map(encoded) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encoded) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...IDS, 'x'), { maxLength: 25 })
      .map((list) => list.join(',')),
  },
  { weight: 1, arbitrary: fc.constantFrom(201, 2_001, 100_000).map((n) => 'a'.repeat(n)) },
);
const pair = fc.tuple(key, value).map(([k, v]) => `${encoded(k)}=${v}`);
/** Pairs, some of them repeated, in any order. */
const searchString = fc
  .array(pair, { maxLength: 6 })
  .chain((pairs) => fc.shuffledSubarray([...pairs, ...pairs], { minLength: pairs.length }))
  .map((pairs) => (pairs.length > 0 ? `?${pairs.join('&')}` : ''));

const pathId = fc.oneof(
  fc.constantFrom(...IDS).map(encodeURIComponent),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  fc.constantFrom('%E0%A4%A', 'x%', '%2F..%2F', 'a'.repeat(5000)),
);

const ROUTES: [string, fc.Arbitrary<string>][] = [
  ['/', fc.constant('/')],
  ['/timeline', fc.constant('/timeline')],
  ['/org', fc.constant('/org')],
  ['/projects', fc.constant('/projects')],
  ['/quotes', fc.constant('/quotes')],
  ['/briefing', fc.constant('/briefing')],
  ['/people/<id>', pathId.map((id) => `/people/${id}`)],
  ['/companies/<id>', pathId.map((id) => `/companies/${id}`)],
  ['/sources/<id>', pathId.map((id) => `/sources/${id}`)],
];

beforeEach(() => {
  // React and the router report caught errors on the console; the assertions below catch them.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe.each(ROUTES)('generated links on %s', (_name, path) => {
  it('render the view, never the error screen', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(path, searchString, async (pathname, search) => {
        cleanup();
        renderApp(`${pathname}${search}`);
        const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
        expect(heading).not.toHaveTextContent('This view failed');
        expect(screen.queryByRole('alert')).not.toBeInTheDocument();
        expect(errors).not.toHaveBeenCalled();
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(Reflect.get({}, 'person')).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
    );
  }, 60_000);
});
