import { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  RecordEditorContext,
  type EditorRequest,
  type RecordEditor,
} from '../../../components/record-editor.tsx';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { DraftAction } from '../../../lib/authoring/draft-store.ts';
import { previewIndex } from '../../../lib/authoring/use-drafts.ts';

/** The forms' code loads with the first form opened, not with the page. */
const OpenedRecordForm = lazy(() =>
  import('./opened-record-form.tsx').then((module) => ({ default: module.OpenedRecordForm })),
);

interface RecordEditorHostProps {
  /** The saved data; undefined while it loads (requests wait for it). */
  saved: DatasetIndex | undefined;
  drafts: readonly Draft[];
  dispatch: (action: DraftAction) => Promise<void>;
  children: ReactNode;
}

/**
 * Gives the page its record editor and renders the forms it opens, one over the other: a
 * picker's "Create …" opens a New form above the form it is in, and Escape closes the top one.
 */
export function RecordEditorHost({ saved, drafts, dispatch, children }: RecordEditorHostProps) {
  const [open, setOpen] = useState<readonly { key: number; request: EditorRequest }[]>([]);
  const next = useRef(0);
  const editor = useMemo(
    (): RecordEditor => ({
      open(request) {
        next.current += 1;
        const key = next.current;
        setOpen((list) => [...list, { key, request }]);
      },
    }),
    [],
  );
  const index = saved === undefined ? undefined : previewIndex(saved, drafts);
  return (
    <RecordEditorContext.Provider value={editor}>
      {children}
      {saved !== undefined && index !== undefined
        ? open.map(({ key, request }) => {
            const close = () => setOpen((list) => list.filter((item) => item.key !== key));
            const editing = request.mode === 'edit' ? index.byId.get(request.id) : undefined;
            if (request.mode === 'edit' && editing === undefined) return null;
            return (
              <Suspense key={key} fallback={null}>
                <OpenedRecordForm
                  request={request}
                  editing={editing}
                  saved={saved}
                  index={index}
                  drafts={drafts}
                  dispatch={dispatch}
                  onClose={close}
                />
              </Suspense>
            );
          })
        : null}
    </RecordEditorContext.Provider>
  );
}
