import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatFuzzyDate } from '../../domain/format-date.ts';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import type { Briefing } from './briefing-model.ts';
import { BriefingSection, LineList } from './briefing-section.tsx';
import { CareerChart } from './career-chart.tsx';
import { CiteRefs } from './cite-refs.tsx';
import { useLocale } from '../../i18n/use-locale.ts';

const produced = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** One subject's briefing, laid out as a document: sections, numbered references, endnotes. */
export function BriefingDocument({ briefing, index }: { briefing: Briefing; index: DatasetIndex }) {
  const { locale } = useLocale();
  const notes = new Map(briefing.notes.map((n) => [n.n, n]));
  const present = Math.max(...index.dataset.sources.map((s) => boundsOf(s.published).end));
  const key = `${briefing.kind}-${briefing.id}`;
  // A quote printed in full above needs no second copy in the notes.
  const quoted = new Set(briefing.quotes.map((q) => q.original));
  const quoteNotes = new Map<string, number[]>();
  for (const note of briefing.notes) {
    if (!quoted.has(note.passage)) continue;
    const source = index.sources.get(note.source)?.publication ?? note.source;
    quoteNotes.set(source, [...(quoteNotes.get(source) ?? []), note.n]);
  }
  return (
    <article className="briefing" aria-labelledby={`${key}-title`}>
      <header className="briefing__header">
        <p className="eyebrow">Briefing · {briefing.kind === 'person' ? 'Person' : 'Company'}</p>
        <h2 id={`${key}-title`}>{briefing.name}</h2>
        {briefing.headline && (
          <p className="briefing__headline">
            {briefing.headline.text}
            <CiteRefs cites={briefing.headline.cites} notes={notes} />
          </p>
        )}
        <p className="briefing__meta">
          Produced {produced.format(new Date())} · Facts as of{' '}
          {briefing.asOf
            ? `${formatFuzzyDate(briefing.asOf, locale)} (latest source, date ${briefing.asOf.certainty})`
            : 'not dated'}{' '}
          · {briefing.notes.length} cited passages
        </p>
      </header>

      <BriefingSection id={`${key}-summary`} title="Summary">
        <p className="briefing__summary">
          {briefing.summary.map((line, i) => (
            <span key={i}>
              {line.text}
              <CiteRefs cites={line.cites} notes={notes} />{' '}
            </span>
          ))}
        </p>
      </BriefingSection>

      {(briefing.chart.length > 0 || briefing.undated.length > 0) && (
        <BriefingSection
          id={`${key}-timeline`}
          title={briefing.kind === 'person' ? 'Career' : 'Timeline'}
        >
          <CareerChart
            rows={briefing.chart}
            present={present}
            title={`${briefing.name}: ${briefing.kind === 'person' ? 'career' : 'timeline'}`}
          />
          {briefing.undated.length > 0 && (
            <>
              <p className="briefing__sub">Not dated in the sources:</p>
              <LineList lines={briefing.undated} notes={notes} />
            </>
          )}
        </BriefingSection>
      )}
      {briefing.structure.length > 0 && (
        <BriefingSection
          id={`${key}-structure`}
          title={briefing.kind === 'person' ? 'Organization context' : 'Units'}
        >
          <LineList lines={briefing.structure} notes={notes} />
        </BriefingSection>
      )}
      {briefing.people.length > 0 && (
        <BriefingSection id={`${key}-people`} title="People and posts">
          <LineList lines={briefing.people} notes={notes} />
        </BriefingSection>
      )}
      {briefing.projects.length > 0 && (
        <BriefingSection id={`${key}-projects`} title="Projects">
          <table className="briefing-table">
            <caption>Dates marked “inf.” are inferred; see “Uncertain or inferred”.</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Status</th>
                <th scope="col">Dates</th>
                <th scope="col">{briefing.kind === 'person' ? 'Role' : 'Owner'}</th>
              </tr>
            </thead>
            <tbody>
              {briefing.projects.map((project, i) => (
                <tr key={i}>
                  <td>
                    {project.text}
                    <CiteRefs cites={project.cites} notes={notes} />
                  </td>
                  <td>{project.status}</td>
                  <td>{project.dates}</td>
                  <td>{project.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </BriefingSection>
      )}
      {briefing.figures.length > 0 && (
        <BriefingSection id={`${key}-figures`} title="Key figures">
          <LineList lines={briefing.figures} notes={notes} />
        </BriefingSection>
      )}
      {briefing.quotes.length > 0 && (
        <BriefingSection id={`${key}-quotes`} title="Quotes">
          <ul className="briefing-quotes">
            {briefing.quotes.map((quote, i) => (
              <li key={i}>
                <blockquote lang="fr">
                  «{'\u00a0'}
                  {quote.original}
                  {'\u00a0'}»
                </blockquote>
                <blockquote lang="en" className="translation">
                  “{quote.translation}” — {quote.speaker}, our translation
                  <CiteRefs cites={quote.cites} notes={notes} />
                </blockquote>
              </li>
            ))}
          </ul>
        </BriefingSection>
      )}
      {briefing.relations.length > 0 && (
        <BriefingSection id={`${key}-relations`} title="Relations">
          <LineList lines={briefing.relations} notes={notes} />
        </BriefingSection>
      )}
      {briefing.uncertain.length > 0 && (
        <BriefingSection id={`${key}-uncertain`} title="Uncertain or inferred">
          <LineList lines={briefing.uncertain} notes={notes} />
        </BriefingSection>
      )}
      <BriefingSection id={`${key}-notes`} title="Notes">
        <p className="briefing__sub">
          Sources:{' '}
          {[...new Set(briefing.notes.map((n) => n.source))]
            .map((id) => {
              const source = index.sources.get(id);
              return source
                ? `${source.publication}, “${source.title}” (${formatFuzzyDate(source.published, locale)}, date ${source.published.certainty})`
                : id;
            })
            .join('; ')}
          .
        </p>
        <ol className="briefing-notes">
          {briefing.notes
            .filter((note) => !quoted.has(note.passage))
            .map((note) => (
              <li key={note.n} value={note.n}>
                {index.sources.get(note.source)?.publication ?? note.source}:{' '}
                <q lang="fr">{note.passage}</q>
              </li>
            ))}
        </ol>
        {quoteNotes.size > 0 && (
          <p className="briefing-notes__quotes">
            {[...quoteNotes]
              .map(
                ([source, numbers]) =>
                  `${numbers.join(', ')}: ${source}, the quotes above, verbatim`,
              )
              .join('. ')}
            .
          </p>
        )}
      </BriefingSection>
    </article>
  );
}
