import { useMessages } from '../i18n/use-locale.ts';
import { useDraftIds } from '../lib/use-dataset-index.ts';
import { draftBadgeMessages } from './messages.ts';

/**
 * Said once at the top of a printed page built with the drafts applied, rather than a badge on
 * every line: the reader knows some of it is not in the data folder yet.
 */
export function DraftsIncludedNote() {
  const m = useMessages(draftBadgeMessages);
  const count = useDraftIds().size;
  if (count === 0) return null;
  return <p className="drafts-included">{m.includesDrafts(count)}</p>;
}
