import { useId } from 'react';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import { DraftItem } from './draft-item.tsx';

interface DraftGroupProps {
  title: string;
  drafts: readonly Draft[];
  savedIndex: DatasetIndex;
  preview: DatasetIndex;
  onDiscard: (id: string) => void;
}

/** The drafts of one kind (new, edited or deleted), under a heading with their number. */
export function DraftGroup({ title, drafts, savedIndex, preview, onDiscard }: DraftGroupProps) {
  const headingId = useId();
  if (drafts.length === 0) return null;
  return (
    <section className="draft-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="draft-list">
        {drafts.map((draft) => (
          <DraftItem
            key={draft.id}
            draft={draft}
            saved={savedIndex.byId.get(draft.id)}
            preview={preview}
            savedIndex={savedIndex}
            onDiscard={onDiscard}
          />
        ))}
      </ul>
    </section>
  );
}
