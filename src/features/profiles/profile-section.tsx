import type { ReactNode } from 'react';

interface ProfileSectionProps {
  id: string;
  title: string;
  /** How many items the section lists. */
  count: number;
  children: ReactNode;
}

/**
 * A titled part of a profile. Empty sections are left out on every profile, never shown as
 * "none": with a voice filter on, the notice at the top says what was hidden.
 */
export function ProfileSection({ id, title, count, children }: ProfileSectionProps) {
  if (count === 0) return null;
  return (
    <section id={id} className="profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
