import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatFuzzyDate } from '../../domain/format-date.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import type { Briefing } from './briefing-model.ts';
import { BriefingSection } from './briefing-section.tsx';
import { briefingMessages } from './messages.ts';

/** The sources, then each cited passage verbatim under its number. */
export function BriefingNotes({
  briefing,
  index,
  id,
}: {
  briefing: Briefing;
  index: DatasetIndex;
  id: string;
}) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  // A quote printed in full above needs no second copy in the notes.
  const quoted = new Set(briefing.quotes.map((q) => q.original));
  const quoteNotes = new Map<string, number[]>();
  for (const note of briefing.notes) {
    if (!quoted.has(note.passage)) continue;
    const source = index.sources.get(note.source)?.publication ?? note.source;
    quoteNotes.set(source, [...(quoteNotes.get(source) ?? []), note.n]);
  }
  const sources = [...new Set(briefing.notes.map((n) => n.source))].map((sourceId) => {
    const source = index.sources.get(sourceId);
    if (!source) return sourceId;
    const { published } = source;
    return m.source(
      source.publication,
      source.title,
      formatFuzzyDate(published, locale),
      vocabulary[locale].certainty(published.certainty),
    );
  });
  return (
    <BriefingSection id={id} title={m.notes}>
      <p className="briefing__sub">
        {m.sources}
        {sources.join(m.separator)}.
      </p>
      <ol className="briefing-notes">
        {briefing.notes
          .filter((note) => !quoted.has(note.passage))
          .map((note) => (
            <li key={note.n} value={note.n}>
              {index.sources.get(note.source)?.publication ?? note.source}
              {m.colon}
              <q lang="fr">{note.passage}</q>
            </li>
          ))}
      </ol>
      {quoteNotes.size > 0 && (
        <p className="briefing-notes__quotes">
          {[...quoteNotes]
            .map(([source, numbers]) => m.quotesVerbatim(numbers.join(', '), source))
            .join('. ')}
          .
        </p>
      )}
    </BriefingSection>
  );
}
