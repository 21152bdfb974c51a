import type { Endnote } from '../../domain/briefing/citations.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatFuzzyDate } from '../../domain/format-date.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { BriefingSection } from './briefing-section.tsx';
import { briefingMessages } from './messages.ts';

interface BriefingNotesProps {
  notes: readonly Endnote[];
  /** Quotes printed in full in the brief: their passages need no second copy here. */
  quoted: ReadonlySet<string>;
  index: DatasetIndex;
  id: string;
}

/** The sources, then each cited passage verbatim under its number: one list for the brief. */
export function BriefingNotes({ notes, quoted, index, id }: BriefingNotesProps) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const quoteNotes = new Map<string, number[]>();
  for (const note of notes) {
    if (!quoted.has(note.passage)) continue;
    const source = index.sources.get(note.source)?.publication ?? note.source;
    quoteNotes.set(source, [...(quoteNotes.get(source) ?? []), note.n]);
  }
  const sources = [...new Set(notes.map((n) => n.source))].map((sourceId) => {
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
    <div className="briefing briefing--notes">
      <BriefingSection id={id} title={m.notes}>
        {/* Which numbers are the quotes above follows the sources on their line: no line of its own. */}
        <p className="briefing__sub">
          {m.sources}
          {sources.join(m.separator)}.
          {quoteNotes.size > 0 && (
            <span className="briefing-notes__quotes">
              {' '}
              {[...quoteNotes]
                .map(([source, numbers]) => m.quotesVerbatim(numbers.join(', '), source))
                .join('. ')}
              .
            </span>
          )}
        </p>
        <ol className="briefing-notes">
          {notes
            .filter((note) => !quoted.has(note.passage))
            .map((note) => (
              <li key={note.n} value={note.n}>
                {index.sources.get(note.source)?.publication ?? note.source}
                {m.colon}
                <q lang="fr">{note.passage}</q>
              </li>
            ))}
        </ol>
      </BriefingSection>
    </div>
  );
}
