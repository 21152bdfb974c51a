import type { EditorRequest } from '../../../components/record-editor.tsx';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import { editFormValue, newFormValue } from '../../../domain/authoring/record-form.ts';
import type { DossierRecord } from '../../../domain/dataset.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { DraftAction } from '../../../lib/authoring/draft-store.ts';
import { RecordForm } from './record-form.tsx';

interface OpenedRecordFormProps {
  request: EditorRequest;
  /** The record an edit request names, as the views show it. */
  editing: DossierRecord | undefined;
  saved: DatasetIndex;
  index: DatasetIndex;
  drafts: readonly Draft[];
  dispatch: (action: DraftAction) => Promise<void>;
  onClose: () => void;
}

/** One form the editor opened, with its starting value: the part of the editor loaded lazily. */
export function OpenedRecordForm({ request, editing, ...rest }: OpenedRecordFormProps) {
  const type = editing?.type ?? (request.mode === 'new' ? request.type : 'person');
  return (
    <RecordForm
      type={type}
      editing={editing}
      initial={
        editing ? editFormValue(editing) : newFormValue(type, request.mode === 'new' ? request : {})
      }
      onSaved={request.mode === 'new' ? request.onCreated : undefined}
      {...rest}
    />
  );
}
