import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import type { Source } from '../../../domain/records.ts';
import { openFormStore, tabId } from '../../../lib/authoring/open-form-store.ts';
import { useDraftState } from '../../../lib/authoring/use-drafts.ts';
import { useDataBase, useSavedDatasetIndex } from '../../../lib/use-dataset-index.ts';
import { ImportForm } from './import-form.tsx';
import { RESERVED_IDS } from './import-model.ts';
import { parseKeptImport, type KeptImport } from './kept-import.ts';
import type { IdStatus } from './source-fields.tsx';
import '../form/record-form.css';
import './import.css';

/** This tab's import form as a reload or a crash left it: its id in the store, and its value. */
interface Kept {
  id: string;
  value: KeptImport | undefined;
}

/** The import form this tab left (the latest), read once; a fresh id when there is none. */
function useKeptImport(base: string): Kept | null {
  const [kept, setKept] = useState<Kept | null>(null);
  useEffect(() => {
    let live = true;
    const fresh = { id: `import-${crypto.randomUUID()}`, value: undefined };
    openFormStore(base)
      .list()
      .then(
        (forms) => {
          const mine = forms
            .filter((form) => form.request.mode === 'import' && form.tab === tabId())
            .sort((a, b) => b.at - a.at)[0];
          const value = mine && parseKeptImport(mine.value);
          if (live) setKept(mine && value ? { id: mine.id, value } : fresh);
        },
        () => {
          if (live) setKept(fresh);
        },
      );
    return () => {
      live = false;
    };
  }, [base]);
  return kept;
}

/**
 * `/sources/new`: import a text as a source draft, then annotate it. What is typed is kept as
 * it is typed (a reload or a crashed tab loses nothing) until the source is imported.
 */
export function ImportPage() {
  const base = useDataBase();
  const kept = useKeptImport(base);
  const saved = useSavedDatasetIndex();
  const { state, dispatch } = useDraftState(base);
  const navigate = useNavigate();
  const drafts = state.drafts;
  // Ids are unique across the whole folder, saved records and drafts alike.
  const idStatus = useCallback(
    (id: string): IdStatus => {
      if (RESERVED_IDS.has(id)) return 'reserved';
      if (drafts.some((draft) => draft.id === id && draft.op === 'put')) return 'draft';
      if (saved.byId.has(id) && !drafts.some((d) => d.id === id && d.op === 'delete'))
        return 'saved';
      return 'free';
    },
    [drafts, saved],
  );
  const onImport = async (source: Source) => {
    await dispatch({ kind: 'put', entry: { type: 'source', record: source }, saved: undefined });
    if (kept)
      await openFormStore(base)
        .remove(kept.id)
        .catch(() => undefined);
    await navigate({
      to: '/sources/$sourceId',
      params: { sourceId: source.id },
      search: (previous) => ({ ...previous, mode: 'annotate' as const }),
    });
  };
  // A few milliseconds while IndexedDB answers: the form opens with what was kept, not empty.
  if (kept === null) return null;
  const keep = (value: KeptImport) =>
    void openFormStore(base)
      .put({ id: kept.id, tab: tabId(), request: { mode: 'import' }, value, at: Date.now() })
      .catch(() => undefined);
  return (
    <ImportForm
      saved={saved.dataset}
      drafts={drafts}
      idStatus={idStatus}
      onImport={onImport}
      initial={kept.value}
      onKeep={keep}
    />
  );
}
