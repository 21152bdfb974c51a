import { useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import { useRecordEditor } from './record-editor.tsx';

interface EditRecordButtonProps {
  id: string;
  /** The id of the element that names the record (a card's title): the button's description. */
  describedBy: string;
}

/**
 * "Edit": opens the record's form, for a saved or a draft record alike. Only where the app
 * provides an editor, so tests and printed pages without one show no button.
 */
export function EditRecordButton({ id, describedBy }: EditRecordButtonProps) {
  const editor = useRecordEditor();
  const m = useMessages(componentMessages);
  if (editor === null) return null;
  return (
    <button
      type="button"
      className="edit-record-button"
      aria-describedby={describedBy}
      onClick={() => editor.open({ mode: 'edit', id })}
    >
      {m.edit}
    </button>
  );
}
