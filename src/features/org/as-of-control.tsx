import { useId } from 'react';

interface AsOfControlProps {
  /** The applied value, `YYYY` or `YYYY-MM`, or undefined for the latest sources. */
  value: string | undefined;
  years: readonly number[];
  onChange: (value: string | undefined) => void;
}

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** Picks the date the chart is rebuilt for: a year, optionally a month. */
export function AsOfControl({ value, years, onChange }: AsOfControlProps) {
  const yearId = useId();
  const monthId = useId();
  const [year, month] = value?.split('-') ?? [];
  return (
    <div className="as-of" role="group" aria-label="As of">
      <label htmlFor={yearId}>As of</label>
      <select
        id={yearId}
        value={year ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">Latest sources (current roles)</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={monthId} className="visually-hidden">
        Month
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
        <option value="">Whole year</option>
        {Array.from({ length: 12 }, (_, i) => {
          const m = String(i + 1).padStart(2, '0');
          return (
            <option key={m} value={m}>
              {MONTHS.format(Date.UTC(2000, i, 1))}
            </option>
          );
        })}
      </select>
    </div>
  );
}
