import type { Appendix } from '../../domain/briefing/appendix.ts';
import type { Endnote } from '../../domain/briefing/citations.ts';
import { formatFuzzyDate } from '../../domain/format-date.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';
import { DraftsIncludedNote } from '../../components/drafts-included-note.tsx';

/** An appendix's title block: kind, name, what they do, and what the facts are as of. */
export function AppendixHeader({
  appendix,
  notes,
  titleId,
}: {
  appendix: Appendix;
  notes: ReadonlyMap<number, Endnote>;
  titleId: string;
}) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const { asOf } = appendix;
  return (
    <header className="briefing__header">
      <p className="eyebrow">{m.eyebrow(appendix.kind)}</p>
      <h2 id={titleId}>{m.appendix(appendix.name)}</h2>
      {appendix.headline && (
        <p className="briefing__headline">
          {appendix.headline.text}
          <CiteRefs cites={appendix.headline.cites} notes={notes} />
        </p>
      )}
      <p className="briefing__meta">
        {asOf
          ? m.factsAsOf(formatFuzzyDate(asOf, locale), vocabulary[locale].certainty(asOf.certainty))
          : m.factsNotDated}
      </p>
      <DraftsIncludedNote />
    </header>
  );
}
