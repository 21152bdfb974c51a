import { organizationPath, type DatasetIndex } from '../domain/dataset-index.ts';
import type { SourcedRecord } from '../domain/dataset.ts';
import { formatFigure } from '../domain/record-label.ts';
import { FuzzyDateText } from './fuzzy-date-text.tsx';
import { useLocale } from '../i18n/use-locale.ts';

function nameOf(index: DatasetIndex, id: string): string {
  const entry = index.byId.get(id);
  if (!entry) return id;
  if (entry.type === 'person' || entry.type === 'organization') return entry.record.name;
  if (entry.type === 'project') return entry.record.name.en;
  return id;
}

/** The fields of a record that matter to a reader, by record type. */
export function RecordDetails({ entry, index }: { entry: SourcedRecord; index: DatasetIndex }) {
  const { locale } = useLocale();
  switch (entry.type) {
    case 'person':
      return <p>{entry.record.summary.en}</p>;
    case 'organization':
      return <p>{entry.record.description.en}</p>;
    case 'position': {
      const { start, end, current, description, reportsTo } = entry.record;
      return (
        <>
          <p>{description.en}</p>
          <dl className="facts">
            <dt>From</dt>
            <dd>{start ? <FuzzyDateText date={start} showInference /> : 'not stated'}</dd>
            <dt>To</dt>
            <dd>
              {end ? (
                <FuzzyDateText date={end} showInference />
              ) : current ? (
                'present'
              ) : (
                'not stated'
              )}
            </dd>
            {reportsTo.length > 0 && (
              <>
                <dt>Reports to</dt>
                <dd>
                  {reportsTo
                    .map((id) => {
                      const target = index.byId.get(id);
                      return target?.type === 'position' ? (target.record.title?.en ?? id) : id;
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
      const { status, start, end, description, owner, organizations } = entry.record;
      return (
        <>
          <p>{description.en}</p>
          <dl className="facts">
            <dt>Status</dt>
            <dd>{status.replace('-', ' ')}</dd>
            <dt>Organizations</dt>
            <dd>{organizations.map((id) => organizationPath(index, id)).join(', ')}</dd>
            {owner && (
              <>
                <dt>Owner</dt>
                <dd>{nameOf(index, owner)}</dd>
              </>
            )}
            {start && (
              <>
                <dt>Start</dt>
                <dd>
                  <FuzzyDateText date={start} showInference />
                </dd>
              </>
            )}
            {end && (
              <>
                <dt>End</dt>
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
            “{entry.record.translation}” <span className="visually-hidden">(our translation)</span>
          </blockquote>
        </div>
      );
    case 'event':
      return (
        <p>
          {entry.record.date ? <FuzzyDateText date={entry.record.date} showInference /> : 'Undated'}
        </p>
      );
    case 'figure':
      return (
        <p>
          <strong>{formatFigure(entry.record, locale)}</strong>
          {entry.record.asOf && (
            <>
              {' '}
              as of <FuzzyDateText date={entry.record.asOf} />
            </>
          )}
        </p>
      );
    case 'relation':
      return <p>{entry.record.description.en}</p>;
  }
}
