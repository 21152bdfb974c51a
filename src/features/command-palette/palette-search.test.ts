import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { matchCommands, viewCommands } from './palette-commands.ts';
import {
  builtPaletteSearch,
  createPaletteSearch,
  loadPaletteSearch,
  type PaletteSearch,
} from './palette-search.ts';

let index: DatasetIndex;
let search: PaletteSearch;

beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
  search = createPaletteSearch(index);
});

function idsOf(query: string, type: string): string[] {
  return (
    search
      .search(query)
      .find((group) => group.type === type)
      ?.hits.map((h) => h.id) ?? []
  );
}

describe('quick find', () => {
  it('ignores accents and case: “pelata” finds Patrick Pélata first', () => {
    const groups = search.search('pelata');
    expect(groups[0]).toMatchObject({ type: 'person', hits: [{ id: 'patrick-pelata' }] });
    expect(search.search('PÉLATA')[0]).toEqual(groups[0]);
  });

  it('finds a post by its title or its initials: “CMO” and “Chief Marketing Officer”', () => {
    expect(idsOf('CMO', 'position')).toEqual(['renault-cmo']);
    expect(idsOf('chief marketing officer', 'position')[0]).toBe('renault-cmo');
  });

  it('“connected car” finds the Clio project and the figure, not only the quote', () => {
    expect(idsOf('connected car', 'project')).toContain('clio-connected-launch');
    expect(idsOf('connected car', 'figure')).toEqual(['connected-car-internal-players']);
    expect(idsOf('connected car', 'quote')).toContain('hoffstetter-connected-car');
  });

  it('finds a project by words of its description', () => {
    expect(idsOf('R-Link', 'project')).toContain('clio-connected-launch');
  });

  it('finds “économie” typed as “economie”, in an organization’s description', () => {
    expect(idsOf('economie', 'organization')).toContain('salesforce');
  });

  it('matches words by their start, every word required', () => {
    expect(idsOf('hoff', 'person')).toEqual(['patrick-hoffstetter']);
    expect(idsOf('digital fact', 'organization')).toContain('renault-digital-factory');
    expect(idsOf('digital zzz', 'organization')).toEqual([]);
  });

  it('finds projects by their French or English name', () => {
    expect(idsOf('connectee', 'project')).toContain('clio-connected-launch');
    expect(idsOf('connected clio', 'project')).toContain('clio-connected-launch');
  });

  it('finds quotes by their French words or our English translation', () => {
    expect(idsOf('constructeurs', 'quote')).toContain('pelata-twelve-of-fifteen');
    expect(idsOf('carmakers', 'quote')).toContain('pelata-twelve-of-fifteen');
  });

  it('finds sources by publication and title', () => {
    expect(idsOf('itespresso', 'source')).toEqual(['itespresso-pelata']);
    expect(idsOf('strategie renault', 'source')).toEqual(['itespresso-pelata']);
  });

  it('groups results by type in a fixed order and caps each group', () => {
    // "r" starts a word in a dozen organizations, roles, projects, figures and quotes.
    const groups = search.search('r');
    expect(groups.map((group) => group.type)).toEqual([
      'organization',
      'position',
      'project',
      'figure',
      'quote',
      'source',
    ]);
    expect(groups.map((group) => group.hits.length)).toEqual([8, 4, 8, 7, 8, 2]);
    expect(search.search('r', 3).map((group) => group.hits.length)).toEqual([3, 3, 3, 3, 3, 2]);
  });

  it('returns nothing for a blank query or only punctuation', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  ’ . ')).toEqual([]);
  });

  it('builds one index per dataset, in the background, and reuses it', async () => {
    expect(builtPaletteSearch(index)).toBeUndefined();
    const first = loadPaletteSearch(index);
    expect(loadPaletteSearch(index)).toBe(first);
    const built = await first;
    expect(builtPaletteSearch(index)).toBe(built);
    expect(built.search('pelata')).toEqual(search.search('pelata'));
  });
});

describe('palette commands', () => {
  const commands = viewCommands((view) =>
    view === 'timeline' ? 'Aller à la chronologie' : `Go to ${view}`,
  );

  it('lists every view for a blank query', () => {
    expect(matchCommands(commands, '').map((c) => c.to)).toEqual([
      '/',
      '/timeline',
      '/org',
      '/projects',
      '/quotes',
      '/briefing',
    ]);
  });

  it('matches word starts, accents ignored', () => {
    expect(matchCommands(commands, 'chrono').map((c) => c.to)).toEqual(['/timeline']);
    expect(matchCommands(commands, 'a la CHRONO').map((c) => c.to)).toEqual(['/timeline']);
    expect(matchCommands(commands, 'imeline')).toEqual([]);
  });
});
