import type { Claim } from '../domain/claims.ts';
import type { Note } from '../domain/records.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';

/**
 * Our notes on a record, in the interface language: how an inferred record was deduced, and
 * what the text leaves open (where a passage reads two ways, or a date is missing on purpose).
 */
export function RecordNotes({
  inference,
  note,
  inferenceLabel,
  claim,
}: {
  inference?: Note | undefined;
  note?: Note | undefined;
  /** Views that word the label their own way ("How we inferred it: ") pass it. */
  inferenceLabel?: string;
  /** A status or "current" the text does not state: its words and how we inferred it. */
  claim?: Claim | null;
}) {
  const { locale } = useLocale();
  const m = componentMessages[locale];
  return (
    <>
      {inference && (
        <p className="inference">
          {inferenceLabel ?? m.howInferred} {inference[locale]}
        </p>
      )}
      {claim?.basis.inference && (
        <p className="inference">
          {claim.kind === 'status' ? m.statusInferredHow : m.currentInferredHow} {claim.words}.{' '}
          {claim.basis.inference[locale]}
        </p>
      )}
      {note && (
        <p className="reading-note">
          {m.readingNote} {note[locale]}
        </p>
      )}
    </>
  );
}
