import { useId } from 'react';
import { useLocale } from '../../../i18n/use-locale.ts';
import { describedBy, problemId, problemsAt, useFormEnv, type FieldProps } from './form-env.ts';
import { formMessages } from './messages.ts';
import { pickerOptions } from './picker-options.ts';
import { ProblemText } from './problem-text.tsx';
import { ReferencePicker } from './reference-picker.tsx';

/**
 * A reference to one record (`reference`), a list of them (`references`), or a subject
 * (`{ kind, id }`): pickers over the records of the kinds the registry names.
 */
export function ReferenceField({ field, label, inputId, value, onChange, problems }: FieldProps) {
  const { locale } = useLocale();
  const m = formMessages[locale];
  const { index } = useFormEnv();
  const labelId = useId();
  if (field.kind !== 'reference' && field.kind !== 'references' && field.kind !== 'subject')
    return null;
  const to = field.to;
  const mine = [...problemsAt(problems), ...problemsAt(problems, 'id')];
  const invalid = mine.length > 0;
  const described = describedBy(invalid && problemId(inputId));
  const options = pickerOptions(index, to, locale);
  const labelOfId = (id: string) => options.find((option) => option.id === id)?.label ?? id;

  if (field.kind === 'references') {
    const ids = Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
    return (
      <div className="form-field references-field">
        <label id={labelId} htmlFor={inputId}>
          {label}
        </label>
        {ids.length > 0 ? (
          <ul className="chips" aria-label={label}>
            {ids.map((id, i) => {
              const itemProblems = problemsAt(problems, String(i));
              return (
                <li key={id} className="chip">
                  {labelOfId(id)}
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={m.remove(labelOfId(id))}
                    onClick={() => onChange(ids.filter((other) => other !== id))}
                  >
                    ×
                  </button>
                  <ProblemText id={problemId(`${inputId}-${i}`)} problems={itemProblems} />
                </li>
              );
            })}
          </ul>
        ) : null}
        <ReferencePicker
          inputId={inputId}
          labelledBy={labelId}
          to={to}
          value={null}
          exclude={new Set(ids)}
          onSelect={(id) => onChange([...ids, id])}
          invalid={invalid}
          describedBy={described}
        />
        <ProblemText id={problemId(inputId)} problems={mine} />
      </div>
    );
  }

  const id =
    field.kind === 'subject'
      ? typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
        ? value.id
        : null
      : typeof value === 'string' && value !== ''
        ? value
        : null;
  const nullable = field.kind === 'reference' && field.nullable === true;
  return (
    <div className="form-field reference-field">
      <label id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <div className="reference-field__row">
        <ReferencePicker
          inputId={inputId}
          labelledBy={labelId}
          to={to}
          value={id}
          onSelect={(picked) => {
            if (field.kind !== 'subject') return onChange(picked);
            const kind = options.find((option) => option.id === picked)?.type;
            onChange({ kind, id: picked });
          }}
          invalid={invalid}
          describedBy={described}
        />
        {id !== null ? (
          <button
            type="button"
            className="button-link"
            aria-label={m.remove(labelOfId(id))}
            onClick={() => onChange(field.kind === 'subject' ? undefined : nullable ? null : '')}
          >
            {m.clear}
          </button>
        ) : null}
      </div>
      <ProblemText id={problemId(inputId)} problems={mine} />
    </div>
  );
}
