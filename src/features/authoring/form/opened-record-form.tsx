import type { EditorRequest } from '../../../components/record-editor.tsx';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import {
  editFormValue,
  newFormValue,
  type FormValue,
} from '../../../domain/authoring/record-form.ts';
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
  /** What the form had in it when a reload or a closed tab interrupted it. */
  restored: { value: FormValue; at: number } | undefined;
  /** Told every change of the form's value (to keep it across a reload). */
  onChange: ((value: FormValue) => void) | undefined;
  onClose: () => void;
}

/** One form the editor opened, with its starting value: the part of the editor loaded lazily. */
export function OpenedRecordForm({ request, editing, restored, ...rest }: OpenedRecordFormProps) {
  const type = editing?.type ?? (request.mode === 'new' ? request.type : 'person');
  return (
    <RecordForm
      type={type}
      editing={editing}
      initial={
        restored?.value ??
        (editing
          ? editFormValue(editing)
          : newFormValue(type, request.mode === 'new' ? request : {}))
      }
      restoredAt={restored?.at}
      onSaved={request.mode === 'new' ? request.onCreated : undefined}
      {...rest}
    />
  );
}
