import { useId, useState } from 'react';
import { isVerbatimIn } from '../../../domain/authoring/record-form.ts';
import type { Evidence } from '../../../domain/records.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import {
  describedBy,
  isObject,
  problemId,
  problemsAt,
  problemsUnder,
  stringAt,
  useFormEnv,
  type FieldProps,
} from './form-env.ts';
import { formMessages } from './messages.ts';
import { ProblemText } from './problem-text.tsx';

function evidenceList(value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((item) => ({
    source: stringAt(item, 'source'),
    passage: stringAt(item, 'passage'),
  }));
}

/**
 * The passages the record rests on, read-only, each with its source and whether it is found
 * verbatim in one paragraph; passages can be removed, and added by picking a source and typing
 * (or pasting) the words, which must be found verbatim before they are taken.
 */
export function EvidenceField({ label, inputId, value, onChange, problems }: FieldProps) {
  const m = useMessages(formMessages);
  const { index } = useFormEnv();
  const passageId = useId();
  const items = evidenceList(value);
  const sources = index.dataset.sources;
  const [source, setSource] = useState(() => items[0]?.source ?? sources[0]?.id ?? '');
  const [passage, setPassage] = useState('');
  const [refused, setRefused] = useState(false);
  const whole = problemsAt(problems);
  const publication = (id: string) => index.sources.get(id)?.publication ?? id;
  const add = () => {
    const candidate = { source, passage: passage.trim() };
    if (candidate.passage === '' || !isVerbatimIn(index.dataset, candidate)) {
      setRefused(true);
      return;
    }
    onChange([...items, candidate]);
    setPassage('');
    setRefused(false);
  };
  const addProblems = refused
    ? [{ path: '', kind: 'not-verbatim' as const, message: 'not found verbatim' }]
    : [];
  return (
    <fieldset className="form-field evidence-field">
      <legend>{label}</legend>
      <ol className="evidence-field__list">
        {items.map((item, i) => {
          const found = isVerbatimIn(index.dataset, item);
          const itemProblems = problemsUnder(problems, String(i));
          const shown = found ? itemProblems : [...itemProblems, ...addProblemsOf(item)];
          return (
            <li key={`${item.source}-${i}`} className="evidence-field__item">
              <blockquote lang="fr" className="evidence-field__passage">
                {item.passage}
              </blockquote>
              <span className="evidence-field__source">{m.inSource(publication(item.source))}</span>
              {found ? <span className="evidence-field__ok">{m.verbatimOk}</span> : null}
              <ProblemText id={problemId(`${inputId}-${i}`)} problems={shown} />
              <button
                type="button"
                className="button-link"
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                {m.removePassage(i + 1)}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="evidence-field__add">
        <div className="form-field">
          <label htmlFor={`${inputId}-source`}>{m.source}</label>
          <select
            id={`${inputId}-source`}
            value={source}
            onChange={(event) => setSource(event.target.value)}
          >
            {sources.map((item) => (
              <option key={item.id} value={item.id}>
                {item.publication} — {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={passageId}>{m.passage}</label>
          <textarea
            id={passageId}
            lang="fr"
            rows={2}
            className="text-input"
            value={passage}
            aria-invalid={refused || whole.length > 0 || undefined}
            aria-describedby={describedBy(
              refused && problemId(passageId),
              whole.length > 0 && problemId(inputId),
            )}
            onChange={(event) => {
              setPassage(event.target.value);
              setRefused(false);
            }}
          />
          <ProblemText id={problemId(passageId)} problems={addProblems} />
        </div>
        <button type="button" onClick={add}>
          {m.addPassage}
        </button>
      </div>
      <ProblemText id={problemId(inputId)} problems={whole} />
    </fieldset>
  );
}

function addProblemsOf(item: Evidence) {
  return [{ path: '', kind: 'not-verbatim' as const, message: `not found: ${item.passage}` }];
}
