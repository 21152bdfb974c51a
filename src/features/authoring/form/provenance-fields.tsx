import { useId } from 'react';
import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import type { RecordType } from '../../../domain/registry.ts';
import {
  describedBy,
  isObject,
  problemId,
  problemsAt,
  problemsUnder,
  stringAt,
} from './form-env.ts';
import { LocalizedField } from './localized-field.tsx';
import { formMessages } from './messages.ts';
import { ProblemText } from './problem-text.tsx';

interface ProvenanceFieldsProps {
  type: RecordType;
  inputId: string;
  /** The claim: a date or a basis, with `certainty`, `expression`, `inference`. */
  value: object;
  onChange: (next: object) => void;
  problems: readonly FieldProblem[];
  /** Called when the source's words lose focus: the date editor reads a date from them. */
  onExpressionDone?: (words: string) => void;
}

/** Stated or inferred, the source's own words, and how an inferred claim was reached. */
export function ProvenanceFields(props: ProvenanceFieldsProps) {
  const { type, inputId, value, onChange, problems, onExpressionDone } = props;
  const m = useMessages(formMessages);
  const hintId = useId();
  const certainty = stringAt(value, 'certainty');
  const expression = stringAt(value, 'expression');
  const inference: unknown = isObject(value)
    ? Object.getOwnPropertyDescriptor(value, 'inference')?.value
    : undefined;
  const set = (key: string, next: unknown) => {
    const rest = Object.entries(value).filter(([name]) => name !== key);
    onChange(Object.fromEntries(next === undefined ? rest : [...rest, [key, next]]));
  };
  const certaintyProblems = problemsAt(problems, 'certainty');
  const expressionProblems = problemsAt(problems, 'expression');
  return (
    <div className="provenance-fields">
      <div className="form-field">
        <label htmlFor={`${inputId}-certainty`}>{m.certainty}</label>
        <select
          id={`${inputId}-certainty`}
          value={certainty}
          aria-invalid={certaintyProblems.length > 0 || undefined}
          aria-describedby={describedBy(
            certaintyProblems.length > 0 && problemId(`${inputId}-certainty`),
          )}
          onChange={(event) => {
            const copy: Record<string, unknown> = { ...value, certainty: event.target.value };
            if (event.target.value === 'stated') delete copy.inference;
            onChange(copy);
          }}
        >
          <option value="stated">{m.stated}</option>
          <option value="inferred">{m.inferred}</option>
        </select>
        <ProblemText id={problemId(`${inputId}-certainty`)} problems={certaintyProblems} />
      </div>
      <div className="form-field">
        <label htmlFor={`${inputId}-expression`}>{m.expression}</label>
        <input
          id={`${inputId}-expression`}
          className="text-input"
          lang="fr"
          value={expression}
          aria-invalid={expressionProblems.length > 0 || undefined}
          aria-describedby={describedBy(
            hintId,
            expressionProblems.length > 0 && problemId(`${inputId}-expression`),
          )}
          onChange={(event) => set('expression', event.target.value || undefined)}
          onBlur={(event) => onExpressionDone?.(event.target.value)}
        />
        <p id={hintId} className="form-field__hint">
          {m.expressionHint}
        </p>
        <ProblemText id={problemId(`${inputId}-expression`)} problems={expressionProblems} />
      </div>
      {certainty === 'inferred' || inference !== undefined ? (
        <LocalizedField
          type={type}
          name="inference"
          field={{ kind: 'localized', optional: true }}
          label={m.howInferred}
          inputId={`${inputId}-inference`}
          value={inference}
          onChange={(next) => set('inference', next)}
          problems={problemsUnder(problems, 'inference')}
          empty="absent"
          long
        />
      ) : null}
    </div>
  );
}
