import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  RecordEditorContext,
  type EditorRequest,
  type RecordEditor,
} from '../../../components/record-editor.tsx';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { OpenFormRequest } from '../../../domain/authoring/open-form.ts';
import type { FormValue } from '../../../domain/authoring/record-form.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { DraftAction } from '../../../lib/authoring/draft-store.ts';
import {
  isRecordForm,
  tabId,
  type OpenFormStore,
  type OpenRecordForm,
} from '../../../lib/authoring/open-form-store.ts';
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
  /** Where open forms are kept as they are typed into; none in tests that do not need it. */
  forms?: OpenFormStore;
  children: ReactNode;
}

interface OpenEntry {
  key: number;
  /** The form's id in the open-form store. */
  formId: string;
  request: EditorRequest;
  /** What a form reopened after a reload or from a closed tab had in it. */
  restored?: { value: FormValue; at: number };
}

/** The part of a request that can be stored: a picker's callback cannot, and is dropped. */
function storable(request: EditorRequest): OpenFormRequest {
  if (request.mode === 'edit') return request;
  const { mode, type, evidence, fields } = request;
  return { mode, type, ...(evidence && { evidence }), ...(fields && { fields: { ...fields } }) };
}

/**
 * Gives the page its record editor and renders the forms it opens, one over the other: a
 * picker's "Create …" opens a New form above the form it is in, and Escape closes the top one.
 * Each open form is kept, as it is typed into, in the open-form store: after a reload (or a
 * crashed tab reloaded) this tab's forms open again as they were, and `/drafts` offers those
 * a closed tab left.
 */
export function RecordEditorHost({
  saved,
  drafts,
  dispatch,
  forms,
  children,
}: RecordEditorHostProps) {
  const [open, setOpen] = useState<readonly OpenEntry[]>([]);
  const next = useRef(0);
  const add = useCallback((entry: Omit<OpenEntry, 'key'>) => {
    next.current += 1;
    const key = next.current;
    setOpen((list) =>
      list.some((item) => item.formId === entry.formId) ? list : [...list, { key, ...entry }],
    );
  }, []);
  const editor = useMemo(
    (): RecordEditor => ({
      open(request) {
        add({ formId: crypto.randomUUID(), request });
      },
      resume(form: OpenRecordForm) {
        add({ formId: form.id, request: form.request, restored: form });
        forms?.put({ ...form, tab: tabId() }).catch(() => undefined);
      },
    }),
    [add, forms],
  );

  // This tab's forms, as the last page left them, once the data is there to edit.
  const loaded = saved !== undefined;
  useEffect(() => {
    if (!loaded || !forms) return;
    let live = true;
    forms.list().then(
      (list) => {
        if (!live) return;
        for (const form of list.filter(isRecordForm))
          if (form.tab === tabId()) add({ formId: form.id, request: form.request, restored: form });
      },
      // No IndexedDB (a private window may refuse it): nothing was kept, nothing to reopen.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loaded, forms, add]);

  const index = saved === undefined ? undefined : previewIndex(saved, drafts);
  return (
    <RecordEditorContext.Provider value={editor}>
      {children}
      {saved !== undefined && index !== undefined
        ? open.map(({ key, formId, request, restored }) => {
            const close = () => {
              setOpen((list) => list.filter((item) => item.key !== key));
              forms?.remove(formId).catch(() => undefined);
            };
            const editing = request.mode === 'edit' ? index.byId.get(request.id) : undefined;
            if (request.mode === 'edit' && editing === undefined) return null;
            const onChange = forms
              ? (value: FormValue) =>
                  void forms
                    .put({
                      id: formId,
                      tab: tabId(),
                      request: storable(request),
                      value,
                      at: Date.now(),
                    })
                    .catch(() => undefined)
              : undefined;
            return (
              <Suspense key={key} fallback={null}>
                <OpenedRecordForm
                  request={request}
                  editing={editing}
                  restored={restored}
                  saved={saved}
                  index={index}
                  drafts={drafts}
                  dispatch={dispatch}
                  onChange={onChange}
                  onClose={close}
                />
              </Suspense>
            );
          })
        : null}
    </RecordEditorContext.Provider>
  );
}
