import type { Appendix } from '../../domain/briefing/appendix.ts';
import type { Endnote } from '../../domain/briefing/citations.ts';
import { yearOf } from '../../domain/briefing/staleness.ts';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { AppendixHeader } from './appendix-header.tsx';
import { BriefingProjects } from './briefing-projects.tsx';
import { BriefingSection, LineList } from './briefing-section.tsx';
import { CareerChart } from './career-chart.tsx';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';
import { QuoteList } from './quote-list.tsx';

interface AppendixDocumentProps {
  appendix: Appendix;
  notes: ReadonlyMap<number, Endnote>;
  /** The end of the newest source in the whole dataset: where ongoing bars stop. */
  present: number;
}

/**
 * One attendee's appendix, substance first: role and context at the latest source, what is
 * under way, then the history newest first, figures, quotes, links, and what is uncertain.
 */
export function AppendixDocument({ appendix, notes, present }: AppendixDocumentProps) {
  const m = useMessages(briefingMessages);
  const key = `${appendix.kind}-${appendix.id}`;
  const person = appendix.kind === 'person';
  const year = appendix.asOf ? yearOf(appendix.asOf) : String(new Date(present).getUTCFullYear());
  const chartEnd = appendix.asOf ? boundsOf(appendix.asOf).end : present;
  return (
    <article className="briefing briefing--appendix" aria-labelledby={`${key}-title`}>
      <AppendixHeader appendix={appendix} notes={notes} titleId={`${key}-title`} />

      <BriefingSection id={`${key}-summary`} title={m.summary}>
        <p className="briefing__summary">
          {appendix.summary.map((line, i) => (
            <span key={i}>
              {line.text}
              <CiteRefs cites={line.cites} notes={notes} />{' '}
            </span>
          ))}
        </p>
      </BriefingSection>
      {appendix.structure.length > 0 && (
        <BriefingSection id={`${key}-structure`} title={person ? m.organizationContext : m.units}>
          <LineList lines={appendix.structure} notes={notes} />
        </BriefingSection>
      )}
      {appendix.people.length > 0 && (
        <BriefingSection id={`${key}-people`} title={m.peopleAndPosts}>
          <LineList lines={appendix.people} notes={notes} />
        </BriefingSection>
      )}
      <BriefingProjects
        id={`${key}-projects`}
        title={m.currentProjects(year)}
        projects={appendix.currentProjects}
        kind={appendix.kind}
        year={year}
        notes={notes}
        legend
      />
      {(appendix.chart.length > 0 || appendix.undated.length > 0) && (
        <BriefingSection id={`${key}-timeline`} title={person ? m.career : m.timeline}>
          <CareerChart
            rows={appendix.chart}
            present={chartEnd}
            title={m.chartTitle(appendix.name, appendix.kind)}
          />
          {appendix.undated.length > 0 && (
            <>
              <p className="briefing__sub">{m.undated}</p>
              <LineList lines={appendix.undated} notes={notes} />
            </>
          )}
        </BriefingSection>
      )}
      <BriefingProjects
        id={`${key}-past-projects`}
        title={m.pastProjects}
        projects={appendix.pastProjects}
        kind={appendix.kind}
        year={year}
        notes={notes}
        legend={appendix.currentProjects.length === 0}
      />
      {appendix.figures.length > 0 && (
        <BriefingSection id={`${key}-figures`} title={m.keyFigures}>
          <LineList lines={appendix.figures} notes={notes} />
        </BriefingSection>
      )}
      {appendix.quotes.length > 0 && (
        <BriefingSection id={`${key}-quotes`} title={m.quotes}>
          <QuoteList quotes={appendix.quotes} notes={notes} />
        </BriefingSection>
      )}
      {appendix.relations.length > 0 && (
        <BriefingSection id={`${key}-relations`} title={m.relations}>
          <LineList lines={appendix.relations} notes={notes} />
        </BriefingSection>
      )}
      {appendix.uncertain.length > 0 && (
        <BriefingSection id={`${key}-uncertain`} title={m.uncertain}>
          <ul className="briefing-lines">
            {appendix.uncertain.map((line, i) => (
              <li key={i}>
                {/* The data states its reasoning in English only. */}
                <span lang="en">{line.reason}</span>
                {line.text}
                <CiteRefs cites={line.cites} notes={notes} />
              </li>
            ))}
          </ul>
        </BriefingSection>
      )}
    </article>
  );
}
