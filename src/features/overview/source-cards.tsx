import { Link } from '@tanstack/react-router';
import { memo, useMemo } from 'react';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { compareFuzzyDates } from '../../domain/fuzzy-date.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { overviewMessages } from './messages.ts';

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
  const { locale } = useLocale();
  const t = overviewMessages[locale];
  const words = vocabulary[locale];
  const sources = useMemo(
    () => [...index.dataset.sources].sort((a, b) => compareFuzzyDates(b.published, a.published)),
    [index],
  );
  return (
    <section id="source" aria-labelledby="sources-title">
      <h2 id="sources-title">{words.recordTypePlural('source')}</h2>
      <ul className="card-list">
        {sources.slice(0, limit).map((source) => (
          <li key={source.id} className="card">
            <p className="eyebrow">
              {source.publication} · {words.sourceGenre(source.genre)}
            </p>
            <h3>
              <Link to="/sources/$sourceId" params={{ sourceId: source.id }}>
                {source.title}
              </Link>
            </h3>
            <p>
              {t.published} <FuzzyDateText date={source.published} />
            </p>
            <p>{t.citedPassages(index.citationsBySource.get(source.id)?.length ?? 0)}</p>
          </li>
        ))}
      </ul>
      {sources.length > limit && <p className="hint">{t.moreSources(sources.length - limit)}</p>}
    </section>
  );
});
