import { describe, expect, it } from 'vitest';
import type { Citation } from './dataset-index.ts';
import { citationsAt, parsePointKey, pointKey, segmentParagraph } from './passage-segments.ts';

function citation(id: string, start: number, end: number): Citation {
  return {
    record: {
      type: 'person',
      record: { id, name: id, summary: { fr: 'x', en: 'x' }, voice: 'journalist', evidence: [] },
    },
    evidence: 0,
    source: 's',
    paragraph: 0,
    start,
    end,
  };
}

describe('segmentParagraph', () => {
  it('cuts overlapping passages into runs that know every citation covering them', () => {
    const text = 'Ada dirige Acme depuis 2010.';
    const a = citation('a', 0, 15); // "Ada dirige Acme"
    const b = citation('b', 11, 27); // "Acme depuis 2010"
    const segments = segmentParagraph(text, [a, b]);
    expect(segments.map((s) => [s.text, s.citations.map((c) => c.record.record.id)])).toEqual([
      ['Ada dirige ', ['a']],
      ['Acme', ['a', 'b']],
      [' depuis 2010', ['b']],
      ['.', []],
    ]);
  });

  it('returns the paragraph whole when nothing cites it', () => {
    expect(segmentParagraph('Rien.', [])).toEqual([
      { start: 0, end: 5, text: 'Rien.', citations: [] },
    ]);
  });
});

describe('points in a source', () => {
  it('round-trips and rejects malformed keys', () => {
    expect(parsePointKey(pointKey(3, 120))).toEqual({ paragraph: 3, offset: 120 });
    expect(parsePointKey('p3')).toBeNull();
    expect(parsePointKey('<script>')).toBeNull();
  });

  it('finds the citations covering a point', () => {
    const a = citation('a', 0, 10);
    const b = citation('b', 5, 20);
    expect(citationsAt([a, b], 0, 7).map((c) => c.record.record.id)).toEqual(['a', 'b']);
    expect(citationsAt([a, b], 0, 10).map((c) => c.record.record.id)).toEqual(['b']);
    expect(citationsAt([a, b], 1, 7)).toEqual([]);
  });
});
