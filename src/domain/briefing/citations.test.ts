import { describe, expect, it } from 'vitest';
import { buildIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { CitationRegistry } from './citations.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

describe('CitationRegistry', () => {
  it('numbers passages in order of first citation and reuses numbers', () => {
    const cites = new CitationRegistry(index);
    const a = cites.citeId('hoffstetter-sfr');
    const b = cites.citeId('hoffstetter-yahoo-france');
    const again = cites.citeId('hoffstetter-sfr');
    const { notes, resolve } = cites.finish();
    expect(resolve(a)).toEqual([1, 2, 3]);
    expect(resolve(again)).toEqual([1, 2, 3]);
    // SFR's "Il quitte l'opérateur en 2005" lies inside Yahoo France's longer passage: one note.
    expect(resolve(b)).toEqual([3]);
    expect(notes.map((n) => n.n)).toEqual([1, 2, 3]);
    expect(notes[0]?.passage).toBe(
      'Mon parcours numérique a véritablement débuté chez SFR en 2000',
    );
    expect(notes[2]?.passage).toMatch(/^Il quitte l'opérateur en 2005 pour rejoindre Yahoo France/);
  });

  it('folds a passage into a longer cited one that contains it, whatever the order', () => {
    const cites = new CitationRegistry(index);
    const short = cites.citeId('renault-country-directorates-count'); // "les 170 directions de pays"
    const long = cites.citeId('renault-country-directorates-digital'); // "…, dont 60 actives dans le numérique"
    const { notes, resolve } = cites.finish();
    expect(resolve(short)).toEqual(resolve(long));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.passage).toBe('les 170 directions de pays, dont 60 actives dans le numérique');
  });

  it('cites nothing for an unknown id', () => {
    const cites = new CitationRegistry(index);
    expect(cites.citeId('nobody')).toEqual([]);
    expect(cites.finish().notes).toEqual([]);
  });
});
