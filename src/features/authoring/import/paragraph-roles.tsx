import { useId } from 'react';
import type { ParagraphKind } from '../../../domain/authoring/import-text.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import { describedBy, problemId } from '../form/form-env.ts';
import { ProblemText } from '../form/problem-text.tsx';
import { importMessages } from './messages.ts';

const KINDS: readonly ParagraphKind[] = ['heading', 'lead', 'question', 'answer', 'body', 'chrome'];

interface ParagraphRolesProps {
  paragraphs: readonly { text: string; kind: ParagraphKind }[];
  language: string;
  onKind: (index: number, kind: ParagraphKind) => void;
  problemsOf: (index: number) => readonly FieldProblem[];
}

/** The text as it will be stored, one paragraph at a time, each with its role to correct. */
export function ParagraphRoles({ paragraphs, language, onKind, problemsOf }: ParagraphRolesProps) {
  const t = useMessages(importMessages);
  const id = useId();
  if (paragraphs.length === 0) return <p className="hint">{t.noParagraphs}</p>;
  return (
    <ol className="import-paragraphs">
      {paragraphs.map((paragraph, i) => {
        const problems = problemsOf(i);
        return (
          <li key={i} className={`import-paragraph import-paragraph--${paragraph.kind}`}>
            <select
              aria-label={t.roleOf(i + 1)}
              value={paragraph.kind}
              aria-describedby={describedBy(problems.length > 0 && problemId(`${id}-${i}`))}
              onChange={(event) => {
                const kind = KINDS.find((k) => k === event.target.value);
                if (kind) onKind(i, kind);
              }}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t.kind(kind)}
                </option>
              ))}
            </select>
            <p className="import-paragraph__text" lang={language || undefined}>
              {paragraph.text}
            </p>
            <ProblemText id={problemId(`${id}-${i}`)} problems={problems} />
          </li>
        );
      })}
    </ol>
  );
}
