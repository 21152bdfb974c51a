import { useMemo, type ReactNode } from 'react';
import { dataBaseOf } from '../../../lib/data-source.ts';
import { answerTabQueries, openFormStore } from '../../../lib/authoring/open-form-store.ts';
import { useDraftState } from '../../../lib/authoring/use-drafts.ts';
import { useDatasetIndexIfLoaded } from '../../../lib/use-dataset-index.ts';
import { useSearch } from '@tanstack/react-router';
import { RecordEditorHost } from './record-editor-host.tsx';

/**
 * The app's record editor, mounted once in the shell: forms over the data folder the URL names,
 * storing their drafts in that folder's draft store. Where the folder is not readable, there
 * is no editor (and so no Edit buttons).
 */
export function RecordEditorProvider({ children }: { children: ReactNode }) {
  const data = useSearch({ from: '__root__', select: (search) => search.data });
  let base: string | null;
  try {
    base = dataBaseOf(data);
  } catch {
    base = null;
  }
  if (base === null) return children;
  return <FolderEditor base={base}>{children}</FolderEditor>;
}

function FolderEditor({ base, children }: { base: string; children: ReactNode }) {
  const { state, dispatch } = useDraftState(base);
  const saved = useDatasetIndexIfLoaded().data;
  const forms = useMemo(() => {
    answerTabQueries();
    return openFormStore(base);
  }, [base]);
  return (
    <RecordEditorHost saved={saved} drafts={state.drafts} dispatch={dispatch} forms={forms}>
      {children}
    </RecordEditorHost>
  );
}
