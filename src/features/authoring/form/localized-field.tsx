import { useId } from 'react';
import { useMessages } from '../../../i18n/use-locale.ts';
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

interface LocalizedFieldProps extends FieldProps {
  /** What to store when both languages are empty: `null`, `undefined`, or the empty pair. */
  empty: 'null' | 'absent' | 'pair';
  long?: boolean;
  hint?: string;
}

/**
 * The same words in French and English, side by side. The French control is named by the
 * field's label ("Title"), the English one "English", both inside the field's group.
 */
export function LocalizedField(props: LocalizedFieldProps) {
  const { label, inputId, value, onChange, problems, empty, long, hint } = props;
  const m = useMessages(formMessages);
  const legendId = useId();
  const hintId = useId();
  const frTagId = useId();
  const pair = { fr: stringAt(value, 'fr'), en: stringAt(value, 'en') };
  const set = (language: 'fr' | 'en', text: string) => {
    const next = { ...pair, [language]: text };
    if (next.fr === '' && next.en === '' && empty !== 'pair')
      onChange(empty === 'null' ? null : undefined);
    else onChange(next);
  };
  const whole = problemsAt(problems);
  const controls = (['fr', 'en'] as const).map((language) => {
    const id = `${inputId}-${language}`;
    const mine = [...problemsAt(problems, language), ...(language === 'fr' ? whole : [])];
    const invalid = mine.length > 0 || (isObject(value) === false && whole.length > 0);
    const Control = long ? 'textarea' : 'input';
    return (
      <div key={language} className="localized-field__language">
        <span id={language === 'fr' ? frTagId : `${id}-tag`} className="localized-field__tag">
          {language === 'fr' ? m.french : m.english}
        </span>
        <Control
          id={id}
          lang={language}
          className="text-input"
          rows={long ? 3 : undefined}
          value={pair[language]}
          aria-labelledby={language === 'fr' ? legendId : `${id}-tag`}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(
            language === 'fr' && frTagId,
            hint && hintId,
            mine.length > 0 && problemId(id),
          )}
          onChange={(event) => set(language, event.target.value)}
        />
        <ProblemText id={problemId(id)} problems={mine} />
      </div>
    );
  });
  return (
    <fieldset className="form-field localized-field">
      <legend id={legendId}>{label}</legend>
      {hint ? (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      <div className="localized-field__pair">{controls}</div>
    </fieldset>
  );
}
