import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/use-locale.ts';
import { describedBy, problemId, problemsAt, problemsUnder, type FieldProps } from './form-env.ts';
import { LocalizedField } from './localized-field.tsx';
import { formMessages } from './messages.ts';
import { ProblemText } from './problem-text.tsx';

/**
 * A list of words: topics as comma-separated slugs (`tags`), aliases one per line (`texts`), or
 * notes in French and English (`texts` with `notes`), each its own pair of controls.
 */
export function ListField(props: FieldProps) {
  const { type, field, label, inputId, value, onChange, problems } = props;
  const m = useMessages(formMessages);
  const hintId = useId();
  const items: unknown[] = Array.isArray(value) ? value : [];
  const strings = items.filter((item) => typeof item === 'string');
  const [text, setText] = useState(() => strings.join(field.kind === 'tags' ? ', ' : '\n'));
  const mine = [...problemsAt(problems), ...items.flatMap((_, i) => problemsAt(problems, `${i}`))];
  const invalid = mine.length > 0;

  if (field.kind === 'texts' && field.notes) {
    return (
      <fieldset className="form-field notes-field">
        <legend>{label}</legend>
        {items.map((item, i) => (
          <div key={i} className="notes-field__item">
            <LocalizedField
              type={type}
              name={`${i}`}
              field={{ kind: 'localized' }}
              label={m.item(i + 1)}
              inputId={`${inputId}-${i}`}
              value={item}
              onChange={(next) => onChange(items.map((old, j) => (j === i ? next : old)))}
              problems={problemsUnder(problems, String(i))}
              empty="pair"
            />
            <button
              type="button"
              className="button-link"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              {m.removeItem(i + 1)}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange([...items, { fr: '', en: '' }])}>
          {m.addItem}
        </button>
      </fieldset>
    );
  }
  const tags = field.kind === 'tags';
  return (
    <div className="form-field list-field">
      <label htmlFor={inputId}>{label}</label>
      {tags ? (
        <p id={hintId} className="form-field__hint">
          {m.tagsHint}
        </p>
      ) : null}
      {tags ? (
        <input
          id={inputId}
          className="text-input"
          value={text}
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(hintId, invalid && problemId(inputId))}
          onChange={(event) => {
            setText(event.target.value);
            onChange(splitList(event.target.value, ','));
          }}
        />
      ) : (
        <textarea
          id={inputId}
          className="text-input"
          rows={2}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(invalid && problemId(inputId))}
          onChange={(event) => {
            setText(event.target.value);
            onChange(splitList(event.target.value, '\n'));
          }}
        />
      )}
      <ProblemText id={problemId(inputId)} problems={mine} />
    </div>
  );
}

function splitList(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
