import type { Locale } from '../i18n/locale.ts';
import type { SourcedRecord } from './dataset.ts';
import { vocabulary } from './messages.ts';
import type { ClaimBasis } from './records.ts';

/** A claim a record makes besides its dates, in words that say when it is inferred. */
export interface Claim {
  kind: 'status' | 'current';
  /** "In progress (inferred)", « Actuelle (déduit) ». */
  words: string;
  basis: ClaimBasis;
}

/** A project's status or whether a post is held; other records make no such claim. */
export function claimOf(entry: SourcedRecord, locale: Locale): Claim | null {
  const words = vocabulary[locale];
  if (entry.type === 'project') {
    const { status, statusBasis } = entry.record;
    return {
      kind: 'status',
      words: words.projectStatusClaim(status, statusBasis.certainty),
      basis: statusBasis,
    };
  }
  if (entry.type === 'position') {
    const { current, currentBasis } = entry.record;
    return {
      kind: 'current',
      words: words.currentClaim(current, currentBasis.certainty),
      basis: currentBasis,
    };
  }
  return null;
}
