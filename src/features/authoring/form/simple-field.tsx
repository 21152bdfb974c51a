import { useLocale } from '../../../i18n/use-locale.ts';
import { describedBy, problemId, problemsAt, type FieldProps } from './form-env.ts';
import { formMessages } from './messages.ts';
import { optionLabel } from './option-label.ts';
import { ProblemText } from './problem-text.tsx';

interface SimpleFieldProps extends FieldProps {
  /** The id of a hint under the label, when the form gives one. */
  hintId?: string;
  hint?: string;
  readOnly?: boolean;
}

/** A field with one control: a text, an address, a number, a language, a choice, a yes/no. */
export function SimpleField(props: SimpleFieldProps) {
  const { type, name, field, label, inputId, value, onChange, problems, hint, hintId } = props;
  const { locale } = useLocale();
  const m = formMessages[locale];
  const mine = problemsAt(problems);
  const invalid = mine.length > 0;
  const aria = {
    id: inputId,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(hint && hintId, invalid && problemId(inputId)),
  };
  const text = typeof value === 'string' ? value : '';
  let control;
  switch (field.kind) {
    case 'choice':
      control = (
        <select
          {...aria}
          value={text}
          // An optional choice left unchosen is absent, as the schema reads it, not "".
          onChange={(event) =>
            onChange(field.optional && event.target.value === '' ? undefined : event.target.value)
          }
        >
          <option value="">{m.choose}</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(type, name, option, locale)}
            </option>
          ))}
        </select>
      );
      break;
    case 'boolean':
      control = (
        <input
          {...aria}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
      break;
    case 'number':
      control = (
        <input
          {...aria}
          type="number"
          step="any"
          className="text-input"
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(event) => {
            const raw = event.target.value;
            const nothing = field.nullable ? null : undefined;
            onChange(raw === '' ? nothing : Number(raw));
          }}
        />
      );
      break;
    case 'text':
      control = field.long ? (
        <textarea
          {...aria}
          rows={4}
          className="text-input"
          value={text}
          lang={name === 'original' ? 'fr' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...aria}
          className="text-input"
          value={text}
          onChange={(event) =>
            onChange(event.target.value === '' && field.optional ? undefined : event.target.value)
          }
        />
      );
      break;
    default:
      control = (
        <input
          {...aria}
          type={field.kind === 'url' ? 'url' : 'text'}
          className="text-input"
          value={text}
          readOnly={props.readOnly}
          maxLength={field.kind === 'language' ? 2 : undefined}
          spellCheck={field.kind === 'id' ? false : undefined}
          onChange={(event) => {
            const next = event.target.value;
            onChange(next === '' && field.kind === 'url' && field.nullable ? null : next);
          }}
        />
      );
  }
  return (
    <div className={`form-field form-field--${field.kind}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint && hintId ? (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      {control}
      <ProblemText id={problemId(inputId)} problems={mine} />
    </div>
  );
}
