import { useDatasetIndexIfLoaded } from '../lib/use-dataset-index.ts';
import { ProblemTable } from './problem-table.tsx';

/**
 * Says when the data holds suspicious text (markup, invisible characters): the views show it
 * as plain text, and this names each place so someone can clean the folder.
 */
export function DataWarningsNotice() {
  const { data: index } = useDatasetIndexIfLoaded();
  const warnings = index?.dataset.warnings ?? [];
  if (warnings.length === 0) return null;
  const count = warnings.length === 1 ? 'one field' : `${warnings.length} fields`;
  return (
    <aside className="notice data-warnings" aria-labelledby="data-warnings-title">
      <details>
        <summary id="data-warnings-title">
          Suspicious text in {count} of the data: shown as plain text, never run
        </summary>
        <p>
          These fields hold markup or invisible characters that interview text has no reason to
          contain. <code>npm run check-data</code> lists the same places.
        </p>
        <ProblemTable problems={warnings} caption="Suspicious text in the data" />
      </details>
    </aside>
  );
}
