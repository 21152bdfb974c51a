import { formatFuzzyDate } from '../../domain/format-date.ts';
import { vocabulary } from '../../domain/messages.ts';
import { formatNumber, INTL_LOCALE } from '../../i18n/format.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import type { Briefing } from './briefing-model.ts';
import type { Endnote } from './citations.ts';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';

/** The document's title block: kind, name, what they do, and what the facts are as of. */
export function BriefingHeader({
  briefing,
  notes,
  titleId,
}: {
  briefing: Briefing;
  notes: ReadonlyMap<number, Endnote>;
  titleId: string;
}) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const produced = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  const { asOf } = briefing;
  return (
    <header className="briefing__header">
      <p className="eyebrow">{m.eyebrow(briefing.kind)}</p>
      <h2 id={titleId}>{briefing.name}</h2>
      {briefing.headline && (
        <p className="briefing__headline">
          {briefing.headline.text}
          <CiteRefs cites={briefing.headline.cites} notes={notes} />
        </p>
      )}
      <p className="briefing__meta">
        {m.produced(produced)} ·{' '}
        {asOf
          ? m.factsAsOf(formatFuzzyDate(asOf, locale), vocabulary[locale].certainty(asOf.certainty))
          : m.factsNotDated}{' '}
        · {m.citedPassages(formatNumber(briefing.notes.length, locale))}
      </p>
    </header>
  );
}
