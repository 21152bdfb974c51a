import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { labelOf, recordTypeName } from '../../domain/record-label.ts';
import { RecordMeta } from './record-meta.tsx';
import type { SourceStatements } from '../../domain/profiles/statements-by-source.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';

/**
 * One column per source, side by side, each listing what that source says about the subject
 * in the order it says it: where the interviewee and the journalist agree or differ.
 */
export function SourceColumns({
  sources,
  index,
  limit,
}: {
  sources: readonly SourceStatements[];
  index: DatasetIndex;
  /** How many statements each column shows; all when undefined. */
  limit?: number | undefined;
}) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <div className="source-columns">
      {sources.map(({ source, statements }) => (
        <section
          key={source.id}
          className="source-column"
          aria-labelledby={`source-column-${source.id}`}
        >
          <h3 id={`source-column-${source.id}`}>{source.publication}</h3>
          <p className="source-column__meta">
            {source.title} · <FuzzyDateText date={source.published} /> ·{' '}
            {m.recordCount(statements.length)}
          </p>
          <ol className="statement-list">
            {statements.slice(0, limit).map(({ entry, evidence }) => (
              <li key={entry.record.id} className="statement">
                <span className="badge badge--type">{recordTypeName(entry.type, locale)}</span>{' '}
                <span className="statement__label">{labelOf(entry, index, locale)}</span>
                <RecordMeta entry={entry} index={index} evidence={evidence} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
