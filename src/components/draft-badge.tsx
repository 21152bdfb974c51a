import { useMessages } from '../i18n/use-locale.ts';
import { useDraftKind } from '../lib/use-dataset-index.ts';
import { draftBadgeMessages } from './messages.ts';

/**
 * Marks a record shown with the drafts applied: new or edited, in words (never by colour
 * alone). Renders nothing for a saved record, or while the header shows the saved data alone.
 */
export function DraftBadge({ id }: { id: string }) {
  const m = useMessages(draftBadgeMessages);
  const kind = useDraftKind(id);
  if (kind === null) return null;
  return (
    <span className={`badge badge--draft badge--draft-${kind}`} title={m.title}>
      {m.badge(kind)}
    </span>
  );
}
