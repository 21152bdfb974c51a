import { useId } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';
import { monthNames } from './as-of-format.ts';
import { orgMessages } from './messages.ts';

interface AsOfControlProps {
  /** The applied value, `YYYY` or `YYYY-MM`, or undefined for the latest sources. */
  value: string | undefined;
  years: readonly number[];
  onChange: (value: string | undefined) => void;
}

/** Picks the date the chart is rebuilt for: a year, optionally a month. */
export function AsOfControl({ value, years, onChange }: AsOfControlProps) {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  const yearId = useId();
  const monthId = useId();
  const [year, month] = value?.split('-') ?? [];
  return (
    <div className="as-of" role="group" aria-label={t.asOf}>
      <label htmlFor={yearId}>{t.asOf}</label>
      <select
        id={yearId}
        value={year ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{t.latestSources}</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={monthId} className="visually-hidden">
        {t.month}
      </label>
      <select
        id={monthId}
        value={month ?? ''}
        disabled={year === undefined}
        onChange={(e) =>
          onChange(
            year === undefined ? undefined : e.target.value ? `${year}-${e.target.value}` : year,
          )
        }
      >
        <option value="">{t.wholeYear}</option>
        {monthNames(locale).map((name, i) => {
          const m = String(i + 1).padStart(2, '0');
          return (
            <option key={m} value={m}>
              {name}
            </option>
          );
        })}
      </select>
    </div>
  );
}
