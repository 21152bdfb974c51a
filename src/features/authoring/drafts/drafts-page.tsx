import { conflictsOf, type Draft } from '../../../domain/authoring/drafts.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import { loadedManifestOf } from '../../../lib/authoring/file-versions.ts';
import { draftKindOf, previewIndex, useDraftState } from '../../../lib/authoring/use-drafts.ts';
import { useDataBase, useSavedDatasetIndex } from '../../../lib/use-dataset-index.ts';
import { ConflictList } from './conflict-list.tsx';
import { DraftGroup } from './draft-group.tsx';
import { LeftForms } from './left-forms.tsx';
import { SavePanel } from './save-panel.tsx';
import { draftsMessages } from './messages.ts';
import './drafts.css';

/**
 * `/drafts`: every unsaved change, grouped new / edited / deleted, conflicts with the data
 * folder first, then the check of the folder as the save would leave it, and the save.
 */
export function DraftsPage() {
  const m = useMessages(draftsMessages);
  const base = useDataBase();
  const saved = useSavedDatasetIndex();
  const { state, dispatch } = useDraftState(base);
  const drafts = state.drafts;
  // Labels read the drafts applied, whatever the header's switch says: a new role names its
  // new person.
  const preview = previewIndex(saved, drafts);
  const conflicts = conflictsOf(drafts, (id) => saved.byId.get(id));
  const conflicted = new Set(conflicts.map((conflict) => conflict.id));
  const of = (kind: ReturnType<typeof draftKindOf>): Draft[] =>
    drafts.filter((draft) => !conflicted.has(draft.id) && draftKindOf(draft) === kind);
  const discard = (id: string) => void dispatch({ kind: 'discard', ids: [id] });
  const groups = { savedIndex: saved, preview, onDiscard: discard };
  return (
    <div className="drafts-page">
      <header className="page-header">
        <h1>{m.title}</h1>
        <p>{m.intro}</p>
      </header>
      {drafts.length === 0 && <p className="drafts-empty">{m.empty}</p>}
      <LeftForms base={base} preview={preview} />
      {conflicts.length > 0 && (
        <ConflictList
          conflicts={conflicts}
          drafts={drafts}
          savedIndex={saved}
          preview={preview}
          dispatch={dispatch}
        />
      )}
      <DraftGroup title={m.groupNew(of('new').length)} drafts={of('new')} {...groups} />
      <DraftGroup title={m.groupEdited(of('edited').length)} drafts={of('edited')} {...groups} />
      <DraftGroup title={m.groupDeleted(of('deleted').length)} drafts={of('deleted')} {...groups} />
      <SavePanel
        base={base}
        dataset={saved.dataset}
        manifest={loadedManifestOf(base)}
        drafts={drafts}
        blocked={conflicts.length > 0}
        dispatch={dispatch}
      />
    </div>
  );
}
