import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import { formMessages } from './messages.ts';

interface ProblemTextProps {
  id: string;
  problems: readonly FieldProblem[];
}

/** A control's problems, in the interface's language; check-data's words where it has none. */
export function ProblemText({ id, problems }: ProblemTextProps) {
  const m = useMessages(formMessages);
  if (problems.length === 0) return null;
  const words = (problem: FieldProblem): { text: string; english: boolean } => {
    switch (problem.kind) {
      case 'required':
        return { text: m.required, english: false };
      case 'choose':
        return { text: m.chooseOne, english: false };
      case 'at-least-one':
        return { text: m.atLeastOne, english: false };
      case 'inference':
        return { text: m.inferenceRequired, english: false };
      case 'slug':
        return { text: m.slug, english: false };
      case 'date-format':
        return { text: m.dateFormat, english: false };
      case 'id-taken':
        return { text: m.idTaken(/"([^"]*)"/.exec(problem.message)?.[1] ?? ''), english: false };
      case 'unknown-id':
        return { text: m.unknownId, english: false };
      case 'not-verbatim':
        return { text: m.notVerbatim, english: false };
      case 'other':
        return { text: problem.message, english: true };
    }
  };
  const seen = new Set<string>();
  return (
    <p id={id} className="field-problem">
      {problems.map((problem, i) => {
        const { text, english } = words(problem);
        if (seen.has(text)) return null;
        seen.add(text);
        return (
          <span key={i} lang={english ? 'en' : undefined}>
            {text}{' '}
          </span>
        );
      })}
    </p>
  );
}
