import { useEffect, useState } from 'react';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import { checkFolder } from '../../../domain/check-folder.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import type { Problem } from '../../../domain/problem.ts';
import type { Manifest } from '../../../domain/records.ts';
import { plannedFolderReader } from './planned-folder.ts';

export type FolderCheckState =
  | { status: 'checking' }
  | { status: 'clean' }
  | { status: 'problems'; problems: readonly Problem[] };

/**
 * check-data's verdict on the folder as the drafts would leave it, run again whenever they
 * change: the problems are listed before anything is sent.
 */
export function useFolderCheck(
  dataset: Dataset,
  manifest: Manifest | null,
  drafts: readonly Draft[],
  newTitle: string,
): FolderCheckState {
  const [result, setResult] = useState<{ drafts: readonly Draft[]; state: FolderCheckState }>({
    drafts: [],
    state: { status: 'checking' },
  });
  useEffect(() => {
    let current = true;
    checkFolder(plannedFolderReader(dataset, manifest, drafts, newTitle)).then(
      (check) => {
        if (!current) return;
        setResult({
          drafts,
          state: check.ok ? { status: 'clean' } : { status: 'problems', problems: check.problems },
        });
      },
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        setResult({
          drafts,
          state: {
            status: 'problems',
            problems: [{ file: 'manifest.json', record: null, path: '', message }],
          },
        });
      },
    );
    return () => {
      current = false;
    };
  }, [dataset, manifest, drafts, newTitle]);
  // A verdict on older drafts is not shown as this one's.
  return result.drafts === drafts ? result.state : { status: 'checking' };
}
