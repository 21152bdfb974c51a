import { useId, useState } from 'react';
import { dateFromWords, precisionOfValue } from '../../../domain/authoring/date-words.ts';
import { describePrecision, formatFuzzyDate } from '../../../domain/format-date.ts';
import { FuzzyDateSchema } from '../../../domain/fuzzy-date.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import {
  describedBy,
  isObject,
  problemId,
  problemsAt,
  stringAt,
  type FieldProps,
} from './form-env.ts';
import { formMessages } from './messages.ts';
import { ProblemText } from './problem-text.tsx';
import { ProvenanceFields } from './provenance-fields.tsx';

const PRECISIONS = ['day', 'month', 'year', 'circa', 'range'] as const;
type Precision = (typeof PRECISIONS)[number];
const PARTS = ['early', 'mid', 'late'] as const;

function isPrecision(value: string): value is Precision {
  return PRECISIONS.some((precision) => precision === value);
}

/**
 * A fuzzy date: its precision (day, month, year with its part, circa, range), its value, stated
 * or inferred, the source's own words and, when inferred, how. The value control is named by
 * the field's label ("Start"). A nullable date is empty (`null`) while its value is; words such
 * as "fin 1999" typed as the source's words fill an empty date. A preview reads it back.
 */
export function FuzzyDateField(props: FieldProps) {
  const { type, field, label, inputId, value, onChange, problems } = props;
  const { locale } = useLocale();
  const m = formMessages[locale];
  const legendId = useId();
  const nullable = field.kind === 'date' && field.nullable === true;
  const stored = stringAt(value, 'precision');
  const [chosen, setChosen] = useState<Precision>(isPrecision(stored) ? stored : 'year');
  const precision: Precision = isPrecision(stored) ? stored : chosen;
  const claim: Record<string, unknown> = isObject(value) ? { ...value } : { certainty: 'stated' };
  const first = precision === 'range' ? stringAt(value, 'from') : stringAt(value, 'value');
  const to = stringAt(value, 'to');

  const emit = (next: Record<string, unknown>) => {
    const empty =
      next.precision === 'range' ? next.from === '' && next.to === '' : next.value === '';
    const bare = next.certainty === 'stated' && next.expression === undefined;
    onChange(nullable && empty && bare ? null : next);
  };
  const withPrecision = (next: Precision, main: string, end: string) => {
    const { certainty = 'stated', expression, inference } = claim;
    const base: Record<string, unknown> = { precision: next, certainty };
    if (expression !== undefined) base.expression = expression;
    if (inference !== undefined) base.inference = inference;
    if (next === 'range') return { ...base, from: main, to: end };
    const part = next === 'year' ? claim.part : undefined;
    return part === undefined ? { ...base, value: main } : { ...base, value: main, part };
  };
  const fromWords = (words: string) => {
    if (first !== '' || to !== '') return;
    const read = dateFromWords(words);
    if (read === undefined) return;
    setChosen(read.precision);
    emit({ ...claim, ...read, certainty: claim.certainty ?? 'stated', expression: words });
  };

  const parsed = FuzzyDateSchema.safeParse(value);
  const valueProblems = [
    ...problemsAt(problems),
    ...problemsAt(problems, 'value'),
    ...problemsAt(problems, 'from'),
    ...problemsAt(problems, 'precision'),
  ];
  const toProblems = problemsAt(problems, 'to');
  const formatHint = `${inputId}-format`;
  return (
    <fieldset className="form-field date-field">
      <legend id={legendId}>{label}</legend>
      <div className="date-field__row">
        <div className="form-field">
          <label htmlFor={`${inputId}-precision`}>{m.precision}</label>
          <select
            id={`${inputId}-precision`}
            value={precision}
            onChange={(event) => {
              const next = event.target.value;
              if (!isPrecision(next)) return;
              setChosen(next);
              if (isObject(value)) emit(withPrecision(next, first, to));
            }}
          >
            {PRECISIONS.map((option) => (
              <option key={option} value={option}>
                {m.precisionName(option)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <span className="date-field__format" id={formatHint}>
            {m.valueFormat(precision)}
          </span>
          <input
            id={inputId}
            className="text-input date-field__value"
            inputMode="numeric"
            value={first}
            aria-labelledby={legendId}
            aria-invalid={valueProblems.length > 0 || undefined}
            aria-describedby={describedBy(
              formatHint,
              valueProblems.length > 0 && problemId(inputId),
            )}
            onChange={(event) => {
              const typed = event.target.value.trim();
              const next =
                precision === 'day' || precision === 'month' || precision === 'year'
                  ? precisionOfValue(typed)
                  : precision;
              if (next !== precision) setChosen(next);
              emit(withPrecision(next, typed, to));
            }}
          />
          <ProblemText id={problemId(inputId)} problems={valueProblems} />
        </div>
        {precision === 'range' ? (
          <div className="form-field">
            <label htmlFor={`${inputId}-to`}>{m.rangeTo}</label>
            <input
              id={`${inputId}-to`}
              className="text-input date-field__value"
              inputMode="numeric"
              value={to}
              aria-invalid={toProblems.length > 0 || undefined}
              aria-describedby={describedBy(
                formatHint,
                toProblems.length > 0 && problemId(`${inputId}-to`),
              )}
              onChange={(event) => emit(withPrecision('range', first, event.target.value.trim()))}
            />
            <ProblemText id={problemId(`${inputId}-to`)} problems={toProblems} />
          </div>
        ) : null}
        {precision === 'year' ? (
          <div className="form-field">
            <label htmlFor={`${inputId}-part`}>{m.partOfYear}</label>
            <select
              id={`${inputId}-part`}
              value={stringAt(value, 'part')}
              onChange={(event) => {
                const next: Record<string, unknown> = { ...withPrecision('year', first, to) };
                const part = PARTS.find((p) => p === event.target.value);
                if (part) next.part = part;
                else delete next.part;
                emit(next);
              }}
            >
              <option value="">{m.wholeYear}</option>
              {PARTS.map((part) => (
                <option key={part} value={part}>
                  {m.part(part)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ProvenanceFields
        type={type}
        inputId={inputId}
        value={claim}
        onChange={(next) => emit({ ...withPrecision(precision, first, to), ...next })}
        problems={problems}
        onExpressionDone={fromWords}
      />
      <p className="date-field__preview">
        {m.preview}{' '}
        <output htmlFor={inputId}>
          {parsed.success
            ? `${formatFuzzyDate(parsed.data, locale)} (${describePrecision(parsed.data, locale)})`
            : '—'}
        </output>
      </p>
    </fieldset>
  );
}
