import { describe, expect, it } from 'vitest';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { buildIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { BOM, csvCell, csvFiles, toCsv } from './csv.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

describe('csvCell', () => {
  it('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    // Numbers are data, not text: a negative one stays a number.
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes empty cells for null and words for booleans, accents as they are', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('Pélata, « l’usine »')).toBe('"Pélata, « l’usine »"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['id', 'name'], [['a', 'Élise']])).toBe(`${BOM}id,name\r\na,Élise\r\n`);
  });
});

describe('csvFiles', () => {
  const quote = index.dataset.quotes[0];
  const position = index.dataset.positions.find((p) => p.start?.precision === 'range');

  it('writes one file per record type shown, each with a header and one row per record', () => {
    if (!quote || !position) throw new Error('expected a quote and a position with a range');
    const files = csvFiles(index, [quote.id, position.id, quote.id], 'en');
    expect(files.map((f) => [f.name, f.rows])).toEqual([
      ['positions.csv', 1],
      ['quotes.csv', 1],
    ]);
    const quotes = files[1]?.text ?? '';
    expect(quotes.startsWith(`${BOM}id,speaker,source,original,translation,topics,about,voice,`));
    expect(quotes.split('\r\n')[0]).toBe(
      `${BOM}id,speaker,source,original,translation,topics,about,voice,inference_fr,inference_en,note_fr,note_en,evidence_sources,evidence_passages`,
    );
    expect(quotes).toContain(quote.id);
  });

  it('gives a fuzzy date as words and as value, precision and certainty', () => {
    if (!position?.start || position.start.precision !== 'range') throw new Error('no range');
    const [file] = csvFiles(index, [position.id], 'fr');
    const [header = '', row = ''] = (file?.text ?? '').slice(1).split('\r\n');
    const columns = header.split(',');
    expect(columns).toEqual(
      expect.arrayContaining(['start', 'start_value', 'start_precision', 'start_certainty']),
    );
    expect(columns).toEqual(expect.arrayContaining(['title_fr', 'title_en']));
    expect(row).toContain(`${position.start.from}/${position.start.to},range,`);
  });

  it('writes nothing for nothing shown', () => {
    expect(csvFiles(index, [], 'en')).toEqual([]);
  });
});
