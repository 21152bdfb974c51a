import type { FuzzyDate } from '../fuzzy-date.ts';
import {
  resolveAll,
  type BriefingProject,
  type BriefingQuote,
  type ChartRow,
  type Line,
  type Uncertainty,
} from './parts.ts';

/**
 * One attendee's pages after the meeting page, substance first: who they are at the latest
 * source and in what context, what is under way, then the history newest first, the figures,
 * quotes and links, and last what is uncertain.
 */
export interface Appendix {
  kind: 'person' | 'company';
  id: string;
  name: string;
  headline: Line | null;
  summary: Line[];
  /** Person: reporting lines and what they run; company: its units. */
  structure: Line[];
  /** Company: its posts, those held at the latest source first. */
  people: Line[];
  currentProjects: BriefingProject[];
  /** Person: their career; company: its posts and events; newest first. */
  chart: ChartRow[];
  /** What cannot go on the chart for lack of any date. */
  undated: Line[];
  /** Done, stopped or launched projects, newest first. */
  pastProjects: BriefingProject[];
  figures: Line[];
  quotes: BriefingQuote[];
  relations: Line[];
  uncertain: Uncertainty[];
  /** The newest source about the subject: what its facts are as of. */
  asOf: FuzzyDate | null;
}

export function resolveAppendix(
  appendix: Appendix,
  resolve: (provisional: readonly number[]) => number[],
): Appendix {
  return {
    ...appendix,
    headline: appendix.headline
      ? { ...appendix.headline, cites: resolve(appendix.headline.cites) }
      : null,
    summary: resolveAll(appendix.summary, resolve),
    structure: resolveAll(appendix.structure, resolve),
    people: resolveAll(appendix.people, resolve),
    currentProjects: resolveAll(appendix.currentProjects, resolve),
    chart: resolveAll(appendix.chart, resolve),
    undated: resolveAll(appendix.undated, resolve),
    pastProjects: resolveAll(appendix.pastProjects, resolve),
    figures: resolveAll(appendix.figures, resolve),
    quotes: resolveAll(appendix.quotes, resolve),
    relations: resolveAll(appendix.relations, resolve),
    uncertain: resolveAll(appendix.uncertain, resolve),
  };
}
