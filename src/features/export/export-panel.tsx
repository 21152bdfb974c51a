import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatNumber, pluralOf } from '../../i18n/format.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { useMemo } from 'react';
import { downloadCsv, downloadJson, summarize } from './export-files.ts';
import { exportMessages } from './messages.ts';

interface ExportPanelProps {
  index: DatasetIndex;
  /** Ids the view showed when the menu was opened. */
  ids: readonly string[];
  /** File name without extension: `dossier-timeline-patrick-hoffstetter`. */
  base: string;
  /** Written into the JSON file's note. */
  title: string;
}

/** The counts and the download buttons. */
export function ExportPanel({ index, ids, base, title }: ExportPanelProps) {
  const t = useMessages(exportMessages);
  const summary = useMemo(() => summarize(index, ids), [index, ids]);
  const { locale } = useLocale();
  const count = (n: number) => formatNumber(n, locale);
  const { shown } = summary;
  return (
    <div className="export-menu__group" role="group" aria-label={t.menuLabel}>
      <p className="export-menu__count" role="status">
        {shown.length === 0
          ? t.nothing
          : t.shown(count(shown.length), pluralOf(shown.length, locale) === 'one')}
      </p>
      {shown.length > 0 && (
        <>
          <button type="button" onClick={() => downloadJson(index, shown, base, title)}>
            {t.json}
          </button>
          <p className="export-menu__hint">{t.jsonHint(count(summary.references))}</p>
          <button type="button" onClick={() => downloadCsv(index, shown, base, locale)}>
            {t.csvAll}
          </button>
          <p className="export-menu__hint">{t.csvHint}</p>
          <p className="export-menu__hint">{t.csvOne}</p>
          <ul className="export-menu__files">
            {summary.types.map(({ type, name, rows }) => (
              <li key={type}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => downloadCsv(index, shown, base, locale, type)}
                >
                  {t.rows(name, count(rows), pluralOf(rows, locale) === 'one')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
