import { Link } from '@tanstack/react-router';
import { memo, useMemo } from 'react';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { compareFuzzyDates } from '../../domain/fuzzy-date.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

/**
 * The sources, latest first, up to `limit`. It depends on the dataset only, so a filter change
 * does not re-render it.
 */
export const SourceCards = memo(function SourceCards({
  index,
  limit,
}: {
  index: DatasetIndex;
  limit: number;
}) {
  const sources = useMemo(
    () => [...index.dataset.sources].sort((a, b) => compareFuzzyDates(b.published, a.published)),
    [index],
  );
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul className="card-list">
        {sources.slice(0, limit).map((source) => (
          <li key={source.id} className="card">
            <p className="eyebrow">
              {source.publication} · {source.genre}
            </p>
            <h3>
              <Link to="/sources/$sourceId" params={{ sourceId: source.id }}>
                {source.title}
              </Link>
            </h3>
            <p>
              Published: <FuzzyDateText date={source.published} />
            </p>
            <p>
              {numberFormat.format(index.citationsBySource.get(source.id)?.length ?? 0)} cited
              passages
            </p>
          </li>
        ))}
      </ul>
      {sources.length > limit && (
        <p className="hint">
          And {numberFormat.format(sources.length - limit)} more: filter by a person or company, or
          open one from its records.
        </p>
      )}
    </section>
  );
});
