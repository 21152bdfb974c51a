import { describe, expect, it } from 'vitest';
import { catalogProblems, isCatalog } from './catalog-parity.ts';

// Every catalog of the app: the files named messages.ts, wherever they are.
const modules = import.meta.glob<Record<string, unknown>>('/src/**/messages.ts', { eager: true });
const catalogs = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter((entry): entry is [string, Parameters<typeof catalogProblems>[1]] =>
      isCatalog(entry[1]),
    )
    .map(([name, catalog]) => ({ name: `${file}:${name}`, catalog })),
);

describe('interface text', () => {
  it('is found in catalogs', () => {
    expect(catalogs.length).toBeGreaterThan(0);
  });

  it.each(catalogs)('$name exists in English and French, key for key', ({ name, catalog }) => {
    expect(catalogProblems(name, catalog)).toEqual([]);
  });

  it('reports a message that exists in one language only', () => {
    const lopsided = {
      en: { title: 'Timeline', empty: 'Nothing here' },
      fr: { title: 'Chronologie' },
    };
    expect(catalogProblems('timeline', lopsided)).toEqual(['timeline.empty has no fr text']);
  });

  it('reports an empty message', () => {
    expect(catalogProblems('x', { en: { a: 'A' }, fr: { a: ' ' } })).toEqual([
      'x.a is empty in fr',
    ]);
  });
});
