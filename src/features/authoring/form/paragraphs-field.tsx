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

/** A source's text, paragraph by paragraph, each with its kind (heading, question, answer…). */
export function ParagraphsField({ field, label, inputId, value, onChange, problems }: FieldProps) {
  const m = useMessages(formMessages);
  if (field.kind !== 'paragraphs') return null;
  const items = (Array.isArray(value) ? value : [])
    .filter(isObject)
    .map((item) => ({ text: stringAt(item, 'text'), kind: stringAt(item, 'kind') }));
  const set = (i: number, key: 'text' | 'kind', next: string) =>
    onChange(items.map((item, j) => (j === i ? { ...item, [key]: next } : item)));
  const whole = problemsAt(problems);
  return (
    <fieldset className="form-field paragraphs-field">
      <legend>{label}</legend>
      {items.map((item, i) => {
        const id = `${inputId}-${i}`;
        const mine = problemsAt(problems, `${i}.text`);
        return (
          <div key={i} className="paragraphs-field__item">
            <select
              aria-label={m.paragraphKind(i + 1)}
              value={item.kind}
              onChange={(event) => set(i, 'kind', event.target.value)}
            >
              {field.kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
            <textarea
              id={id}
              lang="fr"
              rows={3}
              className="text-input"
              aria-label={m.paragraph(i + 1)}
              value={item.text}
              aria-invalid={mine.length > 0 || undefined}
              aria-describedby={describedBy(mine.length > 0 && problemId(id))}
              onChange={(event) => set(i, 'text', event.target.value)}
            />
            <ProblemText id={problemId(id)} problems={mine} />
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...items, { text: '', kind: 'body' }])}>
        {m.addParagraph}
      </button>
      <ProblemText id={problemId(inputId)} problems={whole} />
    </fieldset>
  );
}
