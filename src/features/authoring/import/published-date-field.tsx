import { useId } from 'react';
import { vocabulary } from '../../../domain/messages.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { FieldProblem } from './field-problem.tsx';
import type { DateInput } from './import-model.ts';
import { dateMessages } from './messages.ts';

interface PublishedDateFieldProps {
  value: DateInput;
  onChange: (value: DateInput) => void;
  /** Problems under `published.` by the rest of their path (`value`, `inference`…). */
  problemOf: (path: string) => string | undefined;
}

const PRECISIONS = ['day', 'month', 'year', 'circa', 'range'] as const;
const PARTS = ['early', 'mid', 'late'] as const;

/**
 * A minimal fuzzy-date editor for the source's publication: precision, value(s), stated or
 * inferred, the text's words and, when inferred, from what in both languages.
 */
export function PublishedDateField({ value, onChange, problemOf }: PublishedDateFieldProps) {
  const { locale } = useLocale();
  const t = dateMessages[locale];
  const words = vocabulary[locale];
  const id = useId();
  const set = <K extends keyof DateInput>(key: K, next: DateInput[K]) =>
    onChange({ ...value, [key]: next });
  const input = (key: 'value' | 'from' | 'to' | 'expression', label: string, hint?: string) => {
    const problem = problemOf(key === 'value' ? 'value' : key);
    return (
      <div className="import-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          value={value[key]}
          onChange={(event) => set(key, event.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={
            hint ? `${id}-${key}-hint ${id}-${key}-problem` : `${id}-${key}-problem`
          }
        />
        {hint && (
          <p className="hint" id={`${id}-${key}-hint`}>
            {hint}
          </p>
        )}
        <FieldProblem id={`${id}-${key}-problem`} message={problem} />
      </div>
    );
  };
  const inference = (key: 'inferenceFr' | 'inferenceEn', label: string, lang: 'fr' | 'en') => {
    const problem = problemOf(`inference.${lang}`) ?? problemOf('inference');
    return (
      <div className="import-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <textarea
          id={`${id}-${key}`}
          lang={lang}
          rows={2}
          value={value[key]}
          onChange={(event) => set(key, event.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={`${id}-inference-hint ${id}-${key}-problem`}
        />
        <FieldProblem id={`${id}-${key}-problem`} message={problem} />
      </div>
    );
  };
  return (
    <fieldset className="import-date">
      <legend>{t.legend}</legend>
      <div className="import-date__row">
        <div className="import-field">
          <label htmlFor={`${id}-precision`}>{t.precision}</label>
          <select
            id={`${id}-precision`}
            value={value.precision}
            onChange={(event) =>
              set('precision', PRECISIONS.find((p) => p === event.target.value) ?? 'year')
            }
          >
            {PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {words.precision(precision)}
              </option>
            ))}
          </select>
        </div>
        {value.precision === 'range' ? (
          <>
            {input('from', t.from)}
            {input('to', t.to)}
          </>
        ) : (
          input('value', t[value.precision])
        )}
        {value.precision === 'year' && (
          <div className="import-field">
            <label htmlFor={`${id}-part`}>{t.part}</label>
            <select
              id={`${id}-part`}
              value={value.part}
              onChange={(event) => set('part', PARTS.find((p) => p === event.target.value) ?? '')}
            >
              <option value="">{t.wholeYear}</option>
              {PARTS.map((part) => (
                <option key={part} value={part}>
                  {t.partName(part)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <fieldset className="import-date__basis">
        <legend>{t.basis}</legend>
        {(['stated', 'inferred'] as const).map((certainty) => (
          <label key={certainty}>
            <input
              type="radio"
              name={`${id}-certainty`}
              value={certainty}
              checked={value.certainty === certainty}
              onChange={() => set('certainty', certainty)}
            />{' '}
            {t[certainty]}
          </label>
        ))}
      </fieldset>
      {input('expression', t.expression, t.expressionHint)}
      {value.certainty === 'inferred' && (
        <div className="import-date__inference">
          <p className="hint" id={`${id}-inference-hint`}>
            {t.inferenceHint}
          </p>
          <div className="import-pair">
            {inference('inferenceFr', t.inferenceFr, 'fr')}
            {inference('inferenceEn', t.inferenceEn, 'en')}
          </div>
        </div>
      )}
    </fieldset>
  );
}
