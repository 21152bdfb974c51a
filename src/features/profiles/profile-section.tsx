import { useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';

/** How many items a section shows before "Show all": the first screen says who they are now. */
export const PROFILE_SUMMARY = 3;

interface ProfileSectionProps {
  id: string;
  title: string;
  /** How many items the section lists. */
  count: number;
  /** How many items folding acts on, when not `count` (statements per source); 0: never folds. */
  folds?: number | undefined;
  /** The section's items, the first `limit` of them, or all when `limit` is undefined. */
  render: (limit: number | undefined) => ReactNode;
}

/**
 * A titled part of a profile, summarised to its first (newest) items with a "Show all" button.
 * Empty sections are left out on every profile, never shown as "none": with a voice filter on,
 * the notice at the top says what was hidden.
 */
export function ProfileSection({
  id,
  title,
  count,
  folds: foldable = count,
  render,
}: ProfileSectionProps) {
  const m = useMessages(profileMessages);
  const [all, setAll] = useState(false);
  if (count === 0) return null;
  const folds = foldable > PROFILE_SUMMARY;
  return (
    <section id={id} className="profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {render(folds && !all ? PROFILE_SUMMARY : undefined)}
      {folds && (
        <button
          type="button"
          className="link-button profile-section__more"
          aria-expanded={all}
          onClick={() => setAll((value) => !value)}
        >
          {all ? m.showFewer : m.showAll(foldable, title)}
        </button>
      )}
    </section>
  );
}
