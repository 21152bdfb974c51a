import type { Citation, DatasetIndex } from '../../domain/dataset-index.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import type { Source } from '../../domain/records.ts';
import type { ShownRecords } from '../../lib/shown-records.tsx';

export interface SourceView extends ShownRecords {
  source: Source;
  /** Every passage of the text a record cites, highlighted in it. */
  citations: readonly Citation[];
  /** The records citing the source, once each, in the order of their first passage. */
  records: SourcedRecord[];
}

/** Records in the order of their first citation, each once. */
export function uniqueRecords(citations: readonly Citation[]): SourcedRecord[] {
  const seen = new Map<string, SourcedRecord>();
  for (const c of citations)
    if (!seen.has(c.record.record.id)) seen.set(c.record.record.id, c.record);
  return [...seen.values()];
}

/** The reader shows the whole text and, linked both ways, every record that cites it. */
export function sourceView(index: DatasetIndex, sourceId: string): SourceView | null {
  const source = index.sources.get(sourceId);
  if (!source) return null;
  const citations = index.citationsBySource.get(sourceId) ?? [];
  const records = uniqueRecords(citations);
  return {
    source,
    citations,
    records,
    shownIds: [source.id, ...records.map((entry) => entry.record.id)],
  };
}
