import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Figure } from '../../domain/records.ts';
import { vocabulary } from '../../domain/messages.ts';
import { formatFigure, isCompacted } from '../../domain/record-label.ts';
import { RecordMeta } from './record-meta.tsx';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';

/** Figures as the source qualifies them ("more than", "about"), with the date they held at. */
export function FigureList({
  figures,
  index,
}: {
  figures: readonly Figure[];
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <ul className="profile-list profile-list--grid">
      {figures.map((figure) => (
        <li key={figure.id} className="profile-item">
          <h3 className="profile-item__title">{figure.label[locale]}</h3>
          <p className="figure-value">{formatFigure(figure, locale)}</p>
          {isCompacted(figure, locale) && (
            <p className="profile-item__line">
              {vocabulary[locale].exactValue(formatFigure(figure, locale, true))}
            </p>
          )}
          <p className="profile-item__line">
            {figure.asOf ? (
              <>
                {m.asOf}
                <FuzzyDateText date={figure.asOf} />
              </>
            ) : (
              <span className="muted">{m.dateNotStated}</span>
            )}
          </p>
          <RecordMeta entry={{ type: 'figure', record: figure }} index={index} />
        </li>
      ))}
    </ul>
  );
}
