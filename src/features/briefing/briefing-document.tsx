import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { BriefingHeader } from './briefing-header.tsx';
import type { Briefing } from './briefing-model.ts';
import { BriefingNotes } from './briefing-notes.tsx';
import { BriefingProjects } from './briefing-projects.tsx';
import { BriefingSection, LineList } from './briefing-section.tsx';
import { CareerChart } from './career-chart.tsx';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';

/** One subject's briefing, laid out as a document: sections, numbered references, endnotes. */
export function BriefingDocument({ briefing, index }: { briefing: Briefing; index: DatasetIndex }) {
  const m = useMessages(briefingMessages);
  const notes = new Map(briefing.notes.map((n) => [n.n, n]));
  const present = Math.max(...index.dataset.sources.map((s) => boundsOf(s.published).end));
  const key = `${briefing.kind}-${briefing.id}`;
  const person = briefing.kind === 'person';
  return (
    <article className="briefing" aria-labelledby={`${key}-title`}>
      <BriefingHeader briefing={briefing} notes={notes} titleId={`${key}-title`} />

      <BriefingSection id={`${key}-summary`} title={m.summary}>
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
        <BriefingSection id={`${key}-timeline`} title={person ? m.career : m.timeline}>
          <CareerChart
            rows={briefing.chart}
            present={present}
            title={m.chartTitle(briefing.name, briefing.kind)}
          />
          {briefing.undated.length > 0 && (
            <>
              <p className="briefing__sub">{m.undated}</p>
              <LineList lines={briefing.undated} notes={notes} />
            </>
          )}
        </BriefingSection>
      )}
      {briefing.structure.length > 0 && (
        <BriefingSection id={`${key}-structure`} title={person ? m.organizationContext : m.units}>
          <LineList lines={briefing.structure} notes={notes} />
        </BriefingSection>
      )}
      {briefing.people.length > 0 && (
        <BriefingSection id={`${key}-people`} title={m.peopleAndPosts}>
          <LineList lines={briefing.people} notes={notes} />
        </BriefingSection>
      )}
      {briefing.projects.length > 0 && (
        <BriefingProjects briefing={briefing} notes={notes} id={`${key}-projects`} />
      )}
      {briefing.figures.length > 0 && (
        <BriefingSection id={`${key}-figures`} title={m.keyFigures}>
          <LineList lines={briefing.figures} notes={notes} />
        </BriefingSection>
      )}
      {briefing.quotes.length > 0 && (
        <BriefingSection id={`${key}-quotes`} title={m.quotes}>
          <ul className="briefing-quotes">
            {briefing.quotes.map((quote, i) => (
              <li key={i}>
                <blockquote lang="fr">
                  «{'\u00a0'}
                  {quote.original}
                  {'\u00a0'}»
                </blockquote>
                <blockquote className="translation">
                  <span lang="en">“{quote.translation}”</span>
                  {m.translatedBy(quote.speaker)}
                  <CiteRefs cites={quote.cites} notes={notes} />
                </blockquote>
              </li>
            ))}
          </ul>
        </BriefingSection>
      )}
      {briefing.relations.length > 0 && (
        <BriefingSection id={`${key}-relations`} title={m.relations}>
          <LineList lines={briefing.relations} notes={notes} />
        </BriefingSection>
      )}
      {briefing.uncertain.length > 0 && (
        <BriefingSection id={`${key}-uncertain`} title={m.uncertain}>
          <ul className="briefing-lines">
            {briefing.uncertain.map((line, i) => (
              <li key={i}>
                <span>{line.reason}</span>
                {line.text}
                <CiteRefs cites={line.cites} notes={notes} />
              </li>
            ))}
          </ul>
        </BriefingSection>
      )}
      <BriefingNotes briefing={briefing} index={index} id={`${key}-notes`} />
    </article>
  );
}
