import type { DatasetIndex } from '../dataset-index.ts';
import type { SourcedRecord } from '../dataset.ts';
import type { Source } from '../records.ts';
import type { VoiceTest } from './career.ts';

/** One record as a source states it: where it is first cited in that source. */
export interface Statement {
  entry: SourcedRecord;
  /** Index of the record's evidence item that is first in this source, for the passage link. */
  evidence: number;
  paragraph: number;
  start: number;
}

export interface SourceStatements {
  source: Source;
  /** In the order the text says them. */
  statements: Statement[];
}

/**
 * For each source that says anything about the entities (people, organizations), the records
 * citing it that involve them, in reading order: what to set side by side to compare sources.
 * Sources saying nothing about them are left out.
 */
export function statementsBySource(
  index: DatasetIndex,
  entityIds: readonly string[],
  keep: VoiceTest,
): SourceStatements[] {
  const involved = new Set<string>();
  for (const id of entityIds)
    for (const record of index.recordsByEntity.get(id) ?? []) involved.add(record);

  return index.dataset.sources.flatMap((source): SourceStatements[] => {
    const citations = [...(index.citationsBySource.get(source.id) ?? [])].sort(
      (a, b) => a.paragraph - b.paragraph || a.start - b.start || a.evidence - b.evidence,
    );
    const seen = new Set<string>();
    const statements: Statement[] = [];
    for (const citation of citations) {
      const { record } = citation.record;
      if (!involved.has(record.id) || seen.has(record.id) || !keep(record)) continue;
      seen.add(record.id);
      statements.push({
        entry: citation.record,
        evidence: citation.evidence,
        paragraph: citation.paragraph,
        start: citation.start,
      });
    }
    return statements.length > 0 ? [{ source, statements }] : [];
  });
}
