import { organizationPath, type DatasetIndex } from '../domain/dataset-index.ts';
import type { SourcedRecord } from '../domain/dataset.ts';
import { formatFigure, isCompacted } from '../domain/record-label.ts';
import { FuzzyDateText } from './fuzzy-date-text.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import type { Locale } from '../i18n/locale.ts';
import { vocabulary } from '../domain/messages.ts';
import { componentMessages } from './messages.ts';

function nameOf(index: DatasetIndex, id: string, locale: Locale): string {
  const entry = index.byId.get(id);
  if (!entry) return id;
  if (entry.type === 'person' || entry.type === 'organization') return entry.record.name;
  if (entry.type === 'project') return entry.record.name[locale];
  return id;
}

/** The fields of a record that matter to a reader, by record type. */
export function RecordDetails({ entry, index }: { entry: SourcedRecord; index: DatasetIndex }) {
  const { locale } = useLocale();
  const m = componentMessages[locale];
  switch (entry.type) {
    case 'person':
      return <p>{entry.record.summary[locale]}</p>;
    case 'organization':
      return <p>{entry.record.description[locale]}</p>;
    case 'position': {
      const { start, end, current, currentBasis, description, reportsTo } = entry.record;
      return (
        <>
          <p>{description[locale]}</p>
          <dl className="facts">
            <dt>{m.held}</dt>
            <dd>{vocabulary[locale].currentClaim(current, currentBasis.certainty)}</dd>
            <dt>{m.from}</dt>
            <dd>{start ? <FuzzyDateText date={start} showInference /> : m.notStated}</dd>
            <dt>{m.to}</dt>
            <dd>
              {end ? <FuzzyDateText date={end} showInference /> : current ? m.present : m.notStated}
            </dd>
            {reportsTo.length > 0 && (
              <>
                <dt>{m.reportsTo}</dt>
                <dd>
                  {reportsTo
                    .map((id) => {
                      const target = index.byId.get(id);
                      return target?.type === 'position'
                        ? (target.record.title?.[locale] ?? id)
                        : id;
                    })
                    .join('; ')}
                </dd>
              </>
            )}
          </dl>
        </>
      );
    }
    case 'project': {
      const { status, statusBasis, start, end, description, owner, organizations } = entry.record;
      return (
        <>
          <p>{description[locale]}</p>
          <dl className="facts">
            <dt>{m.status}</dt>
            <dd>{vocabulary[locale].projectStatusClaim(status, statusBasis.certainty)}</dd>
            <dt>{m.organizations}</dt>
            <dd>{organizations.map((id) => organizationPath(index, id)).join(', ')}</dd>
            {owner && (
              <>
                <dt>{m.owner}</dt>
                <dd>{nameOf(index, owner, locale)}</dd>
              </>
            )}
            {start && (
              <>
                <dt>{m.start}</dt>
                <dd>
                  <FuzzyDateText date={start} showInference />
                </dd>
              </>
            )}
            {end && (
              <>
                <dt>{m.end}</dt>
                <dd>
                  <FuzzyDateText date={end} showInference />
                </dd>
              </>
            )}
          </dl>
        </>
      );
    }
    case 'quote':
      return (
        <div className="quote-pair">
          <blockquote lang="fr">
            «{'\u00a0'}
            {entry.record.original}
            {'\u00a0'}»
          </blockquote>
          <blockquote lang="en" className="translation">
            “{entry.record.translation}” <span className="visually-hidden">{m.ourTranslation}</span>
          </blockquote>
        </div>
      );
    case 'event':
      return (
        <p>
          {entry.record.date ? <FuzzyDateText date={entry.record.date} showInference /> : m.undated}
        </p>
      );
    case 'figure':
      return (
        <p>
          <strong>{formatFigure(entry.record, locale)}</strong>
          {entry.record.asOf && (
            <>
              {' '}
              {m.asOf} <FuzzyDateText date={entry.record.asOf} />
            </>
          )}
          {isCompacted(entry.record, locale) && (
            <span className="figure-exact">
              {' '}
              {vocabulary[locale].exactValue(formatFigure(entry.record, locale, true))}
            </span>
          )}
        </p>
      );
    case 'relation':
      return <p>{entry.record.description[locale]}</p>;
  }
}
