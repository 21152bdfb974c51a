import type { DatasetIndex } from '../dataset-index.ts';
import type { SourcedRecord } from '../dataset.ts';

export interface Endnote {
  n: number;
  source: string;
  passage: string;
  /** The first record cited with this passage: the reference opens the reader on it. */
  recordId: string;
  /** For the evidence anchor in the source reader. */
  evidenceIndex: number;
}

type Passage = Omit<Endnote, 'n'>;

/**
 * Collects the passages a briefing cites, then numbers them once everything is cited: the same
 * passage keeps one number, and a passage contained in a longer cited one of the same source
 * takes the longer one's number, so the notes never repeat text. `cite` hands out provisional
 * numbers; `finish` turns them into the final ones, in order of first citation.
 */
export class CitationRegistry {
  private readonly passages: Passage[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly records = new Set<string>();
  private readonly index: DatasetIndex;

  constructor(index: DatasetIndex) {
    this.index = index;
  }

  /** Provisional numbers of every passage a record rests on. */
  cite(entry: SourcedRecord | undefined): number[] {
    if (!entry) return [];
    this.records.add(entry.record.id);
    return entry.record.evidence.map((evidence, evidenceIndex) => {
      const key = `${evidence.source}\u0000${evidence.passage}`;
      const known = this.byKey.get(key);
      if (known !== undefined) return known;
      this.passages.push({
        source: evidence.source,
        passage: evidence.passage,
        recordId: entry.record.id,
        evidenceIndex,
      });
      this.byKey.set(key, this.passages.length);
      return this.passages.length;
    });
  }

  /** Cites a record by id. */
  citeId(id: string): number[] {
    const entry = this.index.byId.get(id);
    return entry && entry.type !== 'source' ? this.cite(entry) : [];
  }

  /**
   * Every record cited so far. Each sentence cites the records it is written from, so these are
   * exactly the records a briefing shows: what the export menu offers, by construction.
   */
  citedRecords(): string[] {
    return [...this.records];
  }

  finish(): { notes: Endnote[]; resolve: (provisional: readonly number[]) => number[] } {
    const container = this.passages.map((p, i) => {
      let best = i;
      this.passages.forEach((q, j) => {
        const current = this.passages[best];
        if (
          j !== i &&
          q.source === p.source &&
          q.passage.includes(p.passage) &&
          current &&
          q.passage.length > current.passage.length
        ) {
          best = j;
        }
      });
      return best;
    });
    const final = new Map<number, number>();
    const notes: Endnote[] = [];
    container.forEach((root, i) => {
      if (!final.has(root)) {
        const passage = this.passages[root];
        if (!passage) return;
        final.set(root, notes.length + 1);
        notes.push({ n: notes.length + 1, ...passage });
      }
      final.set(i, final.get(root) ?? 0);
    });
    const resolve = (provisional: readonly number[]) =>
      [...new Set(provisional.map((n) => final.get(n - 1) ?? 0).filter((n) => n > 0))].sort(
        (a, b) => a - b,
      );
    return { notes, resolve };
  }
}
