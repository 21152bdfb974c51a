import { useId } from 'react';
import type { Draft, DraftConflict } from '../../../domain/authoring/drafts.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import { labelOf, recordTypeName } from '../../../domain/record-label.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { DraftAction } from '../../../lib/authoring/draft-store.ts';
import { FieldChangesTable } from './field-changes-table.tsx';
import { fieldChanges } from './planned-folder.ts';
import { draftsMessages } from './messages.ts';

interface ConflictListProps {
  conflicts: readonly DraftConflict[];
  drafts: readonly Draft[];
  savedIndex: DatasetIndex;
  preview: DatasetIndex;
  dispatch: (action: DraftAction) => Promise<void>;
}

/**
 * Drafts whose record changed on disk since they began: the saved version beside the draft,
 * and the choice — keep mine (the draft now starts from the saved version, so saving
 * overwrites it knowingly) or take theirs (the draft is dropped).
 */
export function ConflictList({
  conflicts,
  drafts,
  savedIndex,
  preview,
  dispatch,
}: ConflictListProps) {
  const { locale } = useLocale();
  const m = draftsMessages[locale];
  const headingId = useId();
  const keepMine = async (draft: Draft) => {
    const saved = savedIndex.byId.get(draft.id);
    await dispatch({ kind: 'discard', ids: [draft.id] });
    if (draft.op === 'put') await dispatch({ kind: 'put', entry: draft.entry, saved });
    else if (saved) await dispatch({ kind: 'delete', type: draft.type, id: draft.id, saved });
  };
  return (
    <section className="draft-group draft-group--conflicts" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.groupConflicts(conflicts.length)}</h2>
      <p>{m.conflictsIntro}</p>
      <ul className="draft-list">
        {conflicts.map((conflict) => {
          const draft = drafts.find((item) => item.id === conflict.id);
          if (!draft) return null;
          const saved = savedIndex.byId.get(draft.id);
          const entry = draft.op === 'put' ? draft.entry : saved;
          const label = entry
            ? labelOf(entry, draft.op === 'put' ? preview : savedIndex, locale)
            : draft.id;
          const type = draft.op === 'put' ? draft.entry.type : draft.type;
          return (
            <li key={draft.id} className="draft-item draft-item--conflict">
              <div className="draft-item__head">
                <span className="badge badge--type">{recordTypeName(type, locale)}</span>
                <h3 className="draft-item__label">{label}</h3>
                <code className="draft-item__id">{draft.id}</code>
              </div>
              <p>{m.conflictReason(conflict.reason)}</p>
              <FieldChangesTable
                changes={fieldChanges(
                  saved?.record ?? {},
                  draft.op === 'put' ? draft.entry.record : {},
                )}
                caption={`${m.savedVersion} → ${m.draftVersion}: ${label}`}
                beforeHeading={m.savedVersion}
                afterHeading={m.draftVersion}
              />
              <div className="draft-item__actions">
                {(draft.op === 'put' || saved) && (
                  <button
                    type="button"
                    onClick={() => void keepMine(draft)}
                    aria-label={m.keepMineLabel(label)}
                  >
                    {m.keepMine}
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => void dispatch({ kind: 'discard', ids: [draft.id] })}
                  aria-label={m.takeTheirsLabel(label)}
                >
                  {m.takeTheirs}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
