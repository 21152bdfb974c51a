import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { Source } from '../../../domain/records.ts';
import { useDraftState } from '../../../lib/authoring/use-drafts.ts';
import { useDataBase, useSavedDatasetIndex } from '../../../lib/use-dataset-index.ts';
import { ImportForm } from './import-form.tsx';
import { RESERVED_IDS } from './import-model.ts';
import type { IdStatus } from './source-fields.tsx';
import '../form/record-form.css';
import './import.css';

/** `/sources/new`: import a text as a source draft, then annotate it. */
export function ImportPage() {
  const base = useDataBase();
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
    await navigate({
      to: '/sources/$sourceId',
      params: { sourceId: source.id },
      search: (previous) => ({ ...previous, mode: 'annotate' as const }),
    });
  };
  return (
    <ImportForm saved={saved.dataset} drafts={drafts} idStatus={idStatus} onImport={onImport} />
  );
}
