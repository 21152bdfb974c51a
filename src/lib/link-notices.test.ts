import { describe, expect, it } from 'vitest';
import { FilterSearchSchema } from '../domain/filter.ts';
import { orgSearchSchema } from '../routes/org-route.tsx';
import { projectsSearchSchema } from '../routes/projects-route.tsx';
import { quotesSearchSchema } from '../routes/quotes-route.tsx';
import { timelineSearchSchema } from '../routes/timeline-route.tsx';
import { linkNotices, shownValue } from './link-notices.ts';

const timeline = [FilterSearchSchema, timelineSearchSchema];
const projects = [FilterSearchSchema, projectsSearchSchema];

describe('linkNotices', () => {
  it('finds nothing to say about a valid link', () => {
    expect(linkNotices('?person=a,b&company=c&voice=journalist&item=x', timeline)).toEqual([]);
    expect(linkNotices('?view=board&sort=-dates&person=a&person=b', projects)).toEqual([]);
    expect(linkNotices('', [FilterSearchSchema, orgSearchSchema])).toEqual([]);
  });

  it('names an unknown parameter, including the keys every object has', () => {
    expect(linkNotices('?foo=1&__proto__=x&constructor=y', timeline)).toEqual([
      { kind: 'unknown', param: 'foo' },
      { kind: 'unknown', param: '__proto__' },
      { kind: 'unknown', param: 'constructor' },
    ]);
  });

  it('says which value was refused and what the parameter expects', () => {
    expect(linkNotices('?view=grid&sort=colour', projects)).toEqual([
      {
        kind: 'ignored',
        param: 'view',
        value: 'grid',
        length: null,
        problem: {
          code: 'invalid',
          expected: { en: '“table” or “board”', fr: '« table » ou « board »' },
        },
      },
      {
        kind: 'ignored',
        param: 'sort',
        value: 'colour',
        length: null,
        problem: {
          code: 'invalid',
          expected: {
            en: 'a column (project, organizations, owner, status, dates, voice), with “-” in front for descending',
            fr: 'une colonne (project, organizations, owner, status, dates, voice), précédée de « - » pour l’ordre décroissant',
          },
        },
      },
    ]);
  });

  it('tells that only the first of a repeated single-valued parameter counts', () => {
    expect(linkNotices('?q=a&q=b&q=c', [FilterSearchSchema, quotesSearchSchema])).toEqual([
      {
        kind: 'ignored',
        param: 'q',
        value: null,
        length: null,
        problem: { code: 'repeated', count: 3 },
      },
    ]);
  });

  it('reports broken percent-encoding and overlong values without reading them', () => {
    const long = 'x'.repeat(100_000);
    expect(linkNotices(`?q=%E0%A4%A&item=${long}`, [...timeline, quotesSearchSchema])).toEqual([
      {
        kind: 'ignored',
        param: 'q',
        value: '%E0%A4%A',
        length: null,
        problem: { code: 'encoding' },
      },
      {
        kind: 'ignored',
        param: 'item',
        value: `${'x'.repeat(40)}…`,
        length: 100_000,
        problem: { code: 'too-long' },
      },
    ]);
  });

  it('reports an id too long to be one in a list, and leaves unknown ids to the filter bar', () => {
    const notices = linkNotices(`?person=nobody,${'p'.repeat(150)}`, timeline);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      param: 'person',
      problem: {
        code: 'invalid',
        expected: expect.objectContaining({ en: expect.stringMatching(/^one of at most 20 ids/) }),
      },
    });
  });

  it('takes an empty value as no value', () => {
    expect(
      linkNotices('?asof=&q=', [FilterSearchSchema, orgSearchSchema, quotesSearchSchema]),
    ).toEqual([]);
  });
});

describe('shownValue', () => {
  it('spells out invisible characters and keeps emoji whole', () => {
    expect(shownValue('abc\u200bdef\u202e')).toBe('abc<U+200B>def<U+202E>');
    expect(shownValue('👩‍💻 ok')).toBe('👩‍💻 ok');
    expect(shownValue('\u0000')).toBe('<U+0000>');
  });

  it('cuts long values and says how long they were', () => {
    expect(shownValue('é'.repeat(50))).toBe(`${'é'.repeat(40)}…`);
  });
});
