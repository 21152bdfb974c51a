import type { ClaimBasis } from '../domain/records.ts';
import { useLocale } from '../i18n/use-locale.ts';

/**
 * A claim in words (a status, "Current") and, when the text does not state it, how we inferred
 * it. The words already say "(inferred)"; the colour of a badge only repeats them.
 */
export function ClaimText({
  words,
  basis,
  label,
}: {
  words: string;
  basis: ClaimBasis;
  /** Introduces the reasoning: "Status inferred:". */
  label: string;
}) {
  const { locale } = useLocale();
  return (
    <>
      <span className={`claim claim--${basis.certainty}`}>{words}</span>
      {basis.inference && (
        <span className="claim-inference">
          {' '}
          {label} {basis.inference[locale]}
        </span>
      )}
    </>
  );
}
