import type { Problem } from '../domain/problem.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import { ProblemTable } from './problem-table.tsx';

interface DataErrorScreenProps {
  problems: readonly Problem[];
  onRetry?: () => void;
}

/** Names every problem by file, record and field, so the data can be fixed by hand. */
export function DataErrorScreen({ problems, onRetry }: DataErrorScreenProps) {
  const m = useMessages(componentMessages);
  return (
    <section className="error-screen" role="alert" aria-labelledby="data-error-title">
      <h1 id="data-error-title">{m.dataErrorTitle}</h1>
      <p>
        {m.dataErrorCount(problems.length)} {m.dataErrorExplain} <code>npm run check-data</code>.
      </p>
      <ProblemTable problems={problems} caption={m.problemsCaption} />
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </section>
  );
}
