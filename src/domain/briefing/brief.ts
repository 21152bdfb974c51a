import type { DatasetIndex } from '../dataset-index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { resolveAppendix, type Appendix } from './appendix.ts';
import { attendeeOf, type Attendee, type BriefSubject } from './attendees.ts';
import { CitationRegistry, type Endnote } from './citations.ts';
import { companyAppendix } from './company-appendix.ts';
import {
  betweenThem,
  talkingPoints,
  toVerify,
  whatToKnow,
  whoSection,
  type AttendeeLines,
  type MeetingContext,
} from './meeting.ts';
import { resolveAll, type BriefingQuote, type Line } from './parts.ts';
import { personAppendix } from './person-appendix.ts';
import { isStale, spanOf, type SourceSpan } from './staleness.ts';

/** Page 1: the meeting on one page, every sentence cited into the brief's endnotes. */
export interface MeetingPage {
  who: AttendeeLines[];
  whatToKnow: AttendeeLines[];
  /** Empty for a single attendee. */
  between: Line[];
  talkingPoints: BriefingQuote[];
  toVerify: Line[];
}

/**
 * One brief for one meeting: the meeting page, then one appendix per attendee, then the
 * endnotes every reference of both points into.
 */
export interface Brief {
  attendees: { kind: 'person' | 'company'; id: string; name: string }[];
  page: MeetingPage;
  appendices: Appendix[];
  notes: Endnote[];
  /** The sources about the attendees, oldest and newest. */
  span: SourceSpan | null;
  /** The newest source is more than twelve months older than `today`. */
  stale: boolean;
  today: Date;
  /** Every record the brief renders: what its export holds. */
  shownIds: readonly string[];
}

function resolveLines(
  lines: readonly AttendeeLines[],
  resolve: (provisional: readonly number[]) => number[],
): AttendeeLines[] {
  return lines.map((entry) => ({ ...entry, lines: resolveAll(entry.lines, resolve) }));
}

/**
 * Builds the brief for the chosen people and companies, as of `today`. Subjects the records do
 * not know are left out (the filter bar says so); null when none is left.
 */
export function buildBrief(
  index: DatasetIndex,
  subjects: readonly BriefSubject[],
  locale: Locale,
  today: Date,
): Brief | null {
  const attendees = subjects
    .map((s) => attendeeOf(index, s))
    .filter((a): a is Attendee => a !== null);
  if (attendees.length === 0) return null;
  const cites = new CitationRegistry(index);
  const ctx: MeetingContext = { index, cites, locale, today };
  // Page 1 is cited first, so its references are the low numbers.
  const page: MeetingPage = {
    who: whoSection(ctx, attendees),
    whatToKnow: whatToKnow(ctx, attendees),
    between: betweenThem(ctx, attendees),
    talkingPoints: talkingPoints(ctx, attendees),
    toVerify: toVerify(ctx, attendees),
  };
  const appendices = attendees.flatMap((attendee) => {
    const build = { index, cites, locale, latestYear: attendee.latestYear };
    const appendix =
      attendee.kind === 'person'
        ? personAppendix(build, attendee.id)
        : companyAppendix(build, attendee.id);
    return appendix ? [{ ...appendix, asOf: attendee.span?.newest ?? null }] : [];
  });
  const { notes, resolve } = cites.finish();
  const span = spanOf(attendees.flatMap((a) => a.span?.sources ?? []));
  return {
    attendees: attendees.map(({ kind, id, name }) => ({ kind, id, name })),
    page: {
      who: resolveLines(page.who, resolve),
      whatToKnow: resolveLines(page.whatToKnow, resolve),
      between: resolveAll(page.between, resolve),
      talkingPoints: resolveAll(page.talkingPoints, resolve),
      toVerify: resolveAll(page.toVerify, resolve),
    },
    appendices: appendices.map((a) => resolveAppendix(a, resolve)),
    notes,
    span,
    stale: span !== null && isStale(span.newest, today),
    today,
    shownIds: cites.citedRecords(),
  };
}
