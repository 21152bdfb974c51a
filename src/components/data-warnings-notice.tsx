import { useDatasetIndexIfLoaded } from '../lib/use-dataset-index.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import { ProblemTable } from './problem-table.tsx';

/**
 * Says when the data holds suspicious text (markup, invisible characters): the views show it
 * as plain text, and this names each place so someone can clean the folder.
 */
export function DataWarningsNotice() {
  const { data: index } = useDatasetIndexIfLoaded();
  const m = useMessages(componentMessages);
  const warnings = index?.dataset.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <aside className="notice data-warnings" aria-labelledby="data-warnings-title">
      <details>
        <summary id="data-warnings-title">{m.suspiciousSummary(warnings.length)}</summary>
        <p>
          {m.suspiciousExplain} <code>npm run check-data</code> {m.suspiciousSameList}
        </p>
        <ProblemTable problems={warnings} caption={m.suspiciousCaption} />
      </details>
    </aside>
  );
}
