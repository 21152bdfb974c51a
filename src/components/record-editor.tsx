import { createContext, useContext } from 'react';
import type { RecordType } from '../domain/dataset.ts';
import type { OpenRecordForm } from '../lib/authoring/open-form-store.ts';
import type { Evidence } from '../domain/records.ts';

/**
 * What a record form is asked to open with: a new record of a type (from the annotate toolbar,
 * a picker's inline create, or a "New" button), prefilled with the selected passage and any
 * known fields; or an existing record, saved or draft, by id.
 */
export type EditorRequest =
  | {
      mode: 'new';
      type: Exclude<RecordType, 'source'> | 'source';
      /** The passage selected in annotate mode, cited verbatim. */
      evidence?: Evidence;
      /** Fields known in advance (e.g. the name typed into a picker). */
      fields?: Readonly<Record<string, unknown>>;
      /** Called with the new record's id once its draft is stored (a picker selects it). */
      onCreated?: (id: string) => void;
    }
  | { mode: 'edit'; id: string };

/** Opens record forms; provided once by the app, used by cards, panels and the annotate toolbar. */
export interface RecordEditor {
  open(request: EditorRequest): void;
  /** Opens again, in this tab, a form another tab left unsaved (closed or crashed). */
  resume(form: OpenRecordForm): void;
}

export const RecordEditorContext = createContext<RecordEditor | null>(null);

/** The editor, or null where none is provided (tests, printed pages): no Edit buttons then. */
export function useRecordEditor(): RecordEditor | null {
  return useContext(RecordEditorContext);
}
