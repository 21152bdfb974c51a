import { Link } from '@tanstack/react-router';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { DossierRecord } from '../../../domain/dataset.ts';
import { filterOf } from '../../../domain/filter.ts';
import { labelOf, recordTypeName } from '../../../domain/record-label.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { fieldChanges } from './planned-folder.ts';
import { FieldChangesTable } from './field-changes-table.tsx';
import { draftsMessages } from './messages.ts';

interface DraftItemProps {
  draft: Draft;
  /** The record as the data folder has it; undefined for a new one. */
  saved: DossierRecord | undefined;
  /** The views' index with the drafts applied, so a new record's references read as names. */
  preview: DatasetIndex;
  savedIndex: DatasetIndex;
  onDiscard: (id: string) => void;
}

/** One draft: what it is, where it shows, what it changes, and a way to discard it. */
export function DraftItem({ draft, saved, preview, savedIndex, onDiscard }: DraftItemProps) {
  const { locale } = useLocale();
  const m = draftsMessages[locale];
  const entry = draft.op === 'put' ? draft.entry : saved;
  const label = entry
    ? labelOf(entry, draft.op === 'put' ? preview : savedIndex, locale)
    : draft.id;
  const type = draft.op === 'put' ? draft.entry.type : draft.type;
  const headingId = `draft-${draft.id}`;
  return (
    <li className="draft-item">
      <div className="draft-item__head">
        <span className="badge badge--type">{recordTypeName(type, locale)}</span>
        <h3 id={headingId} className="draft-item__label">
          {draft.op === 'delete' ? <s>{label}</s> : label}
        </h3>
        <code className="draft-item__id">{draft.id}</code>
      </div>
      {draft.op === 'put' && saved && (
        <details className="draft-item__changes">
          <summary>{m.changes}</summary>
          <FieldChangesTable
            changes={fieldChanges(saved.record, draft.entry.record)}
            caption={`${m.changes}: ${label}`}
          />
        </details>
      )}
      {draft.op === 'delete' && <p className="drafts-note">{m.deletedNote}</p>}
      <div className="draft-item__actions">
        {draft.op === 'put' && (
          <Link
            to="/r/$recordId"
            params={{ recordId: draft.id }}
            search={filterOf}
            aria-label={`${m.showWhere}: ${label}`}
          >
            {m.showWhere}
          </Link>
        )}
        <button
          type="button"
          onClick={() => onDiscard(draft.id)}
          aria-label={m.discardLabel(label)}
        >
          {m.discard}
        </button>
      </div>
    </li>
  );
}
