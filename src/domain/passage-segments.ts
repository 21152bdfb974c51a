import type { Citation } from './dataset-index.ts';

/** A run of a paragraph's text, and the citations whose passages cover all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  citations: readonly Citation[];
}

/**
 * Cuts a paragraph at every passage boundary, so overlapping passages become runs that each
 * know every citation covering them. Text outside any passage comes back with no citations.
 */
export function segmentParagraph(text: string, citations: readonly Citation[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const c of citations) {
    cuts.add(Math.max(0, Math.min(text.length, c.start)));
    cuts.add(Math.max(0, Math.min(text.length, c.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      citations: citations.filter((c) => c.start <= start && c.end >= end),
    });
  }
  return segments;
}

/** `p3-120`: a point in a source, as carried in the reader's URL. */
export function pointKey(paragraph: number, offset: number): string {
  return `p${paragraph}-${offset}`;
}

export function parsePointKey(key: string): { paragraph: number; offset: number } | null {
  const match = /^p(\d{1,6})-(\d{1,7})$/.exec(key);
  if (!match) return null;
  return { paragraph: Number(match[1]), offset: Number(match[2]) };
}

/** Citations whose passage covers the given point of the source. */
export function citationsAt(
  citations: readonly Citation[],
  paragraph: number,
  offset: number,
): Citation[] {
  return citations.filter((c) => c.paragraph === paragraph && c.start <= offset && offset < c.end);
}
