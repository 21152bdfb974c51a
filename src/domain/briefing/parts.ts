import { organizationPath, type DatasetIndex } from '../dataset-index.ts';
import type { SourcedRecord } from '../dataset.ts';
import { describePrecision, formatDateSpan, formatFuzzyDate } from '../format-date.ts';
import type { FuzzyDate } from '../fuzzy-date.ts';
import { vocabulary } from '../messages.ts';
import { innermostOrganizations } from '../profiles/career.ts';
import { sentenceText, type ProfileRelation } from '../profiles/profile-relations.ts';
import { formatFigure, holderName, labelOf, positionTitle } from '../record-label.ts';
import type { Figure, Position, Project, ProjectStatus, Quote } from '../records.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { CitationRegistry } from './citations.ts';
import { briefingSentences } from './messages.ts';
import { placeInProse, placeOf } from '../place.ts';

/** A sentence of the briefing and the numbers of the passages it rests on. */
export interface Line {
  text: string;
  cites: number[];
}

export interface ChartRow {
  id: string;
  label: string;
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  ongoing: boolean;
  point: boolean;
  cites: number[];
}

export interface BriefingProject extends Line {
  status: string;
  dates: string;
  role: string;
}

/**
 * An inference and what rests on it. The reasoning is data written in English only; `text`
 * (" — for: …") is in the briefing's language.
 */
export interface Uncertainty extends Line {
  reason: string;
}

export interface BriefingQuote {
  id: string;
  original: string;
  translation: string;
  speaker: string;
  cites: number[];
}

/** What every builder needs: the records, where citations go, the language, the latest year. */
export interface BuildContext {
  index: DatasetIndex;
  cites: CitationRegistry;
  locale: Locale;
  /** The year of the newest source about the subject: what "still so" is as of. */
  latestYear: string;
}

/** Still going on at the latest source, as opposed to done or stopped. */
export function isUnderWay(status: ProjectStatus): boolean {
  return (
    status === 'in-progress' ||
    status === 'pilot' ||
    status === 'negotiation' ||
    status === 'planned'
  );
}

export function dateText(
  date: FuzzyDate,
  locale: Locale,
  short = false,
  context: 'alone' | 'after-preposition' = 'alone',
): string {
  const inferred =
    date.certainty === 'inferred' ? briefingSentences[locale].inferredMark(short) : '';
  return `${formatFuzzyDate(date, locale, context)}${inferred}`;
}

/** "2000 – 2005", "c. 2011 (inferred) – latest source (2012)": never an open "present". */
export function spanText(
  ctx: BuildContext,
  start: FuzzyDate | null,
  end: FuzzyDate | null,
  current: boolean,
  short = false,
): string {
  const words = briefingSentences[ctx.locale];
  if (start && end) {
    // Two dates join by the one rule of format-date.ts ("2007 – 2010 at the latest", not
    // "2007 – 2007–2010"), each with its inferred mark.
    const marked = (date: FuzzyDate, written: string) =>
      `${written}${date.certainty === 'inferred' ? words.inferredMark(short) : ''}`;
    return formatDateSpan(start, end, ctx.locale, marked) ?? words.datesNotStated;
  }
  const to = end
    ? dateText(end, ctx.locale, short)
    : current
      ? words.atLatestSource(ctx.latestYear)
      : null;
  if (start && to) return `${dateText(start, ctx.locale, short)} – ${to}`;
  // « à partir de », « jusqu’à »: a preposition before the date, which it is formatted for.
  if (start) return words.from(dateText(start, ctx.locale, short, 'after-preposition'));
  if (end) return words.until(dateText(end, ctx.locale, short, 'after-preposition'));
  return words.datesNotStated;
}

export function positionText(ctx: BuildContext, position: Position): string {
  const { index, locale } = ctx;
  return briefingSentences[locale].position(
    positionTitle(position, locale),
    organizationPath(index, position.organization),
    holderName(index, position) ?? briefingSentences[locale].holderNotNamed,
    spanText(ctx, position.start, position.end, position.current),
  );
}

/** "Chief Digital Officer, Renault’s Digital Factory", or "At Salesforce (role not stated)". */
export function roleAt(ctx: BuildContext, position: Position): string {
  const title = position.title?.[ctx.locale];
  const place = placeOf(ctx.index, position.organization);
  return title
    ? `${title}, ${placeInProse(place, ctx.locale)}`
    : briefingSentences[ctx.locale].atPlace(place);
}

export function projectLine(ctx: BuildContext, project: Project, role: string): BriefingProject {
  const { index, locale } = ctx;
  return {
    text: `${project.name[locale]} — ${innermostOrganizations(index, project.organizations)
      .map((id) => organizationPath(index, id))
      .join(', ')}`,
    status: vocabulary[locale].projectStatus(project.status),
    dates:
      project.start || project.end
        ? spanText(ctx, project.start, project.end, false, true)
        : briefingSentences[locale].notDated,
    role,
    cites: ctx.cites.citeId(project.id),
  };
}

export function figureLine(ctx: BuildContext, figure: Figure): Line {
  const { index, locale } = ctx;
  const entry = index.byId.get(figure.subject.id);
  const subject =
    entry && entry.type !== 'source' ? labelOf(entry, index, locale) : figure.subject.id;
  return {
    text: briefingSentences[locale].figure(
      figure.label[locale],
      formatFigure(figure, locale),
      figure.asOf ? dateText(figure.asOf, locale) : null,
      subject,
    ),
    cites: ctx.cites.citeId(figure.id),
  };
}

export function quoteLine(ctx: BuildContext, quote: Quote): BriefingQuote {
  return {
    id: quote.id,
    original: quote.original,
    translation: quote.translation,
    speaker: ctx.index.people.get(quote.speaker)?.name ?? quote.speaker,
    cites: ctx.cites.citeId(quote.id),
  };
}

export function relationLine(ctx: BuildContext, relation: ProfileRelation): Line {
  const when =
    relation.start || relation.end
      ? ` (${spanText(ctx, relation.start, relation.end, relation.current)})`
      : '';
  return { text: `${sentenceText(relation.parts)}${when}`, cites: ctx.cites.cite(relation.basis) };
}

/**
 * One figure per subject and unit: Renault's age once, not "115 years" and "more than 100
 * years" side by side. What the interviewee or the article states beats what we derived, an
 * exact number beats a bound, and the later figure beats the earlier.
 */
export function distinctFigures(figures: readonly Figure[]): Figure[] {
  const rank = (f: Figure) =>
    (f.voice === 'inferred' ? 0 : 4) + (f.qualifier === 'exact' ? 2 : 0) + (f.asOf ? 1 : 0);
  const best = new Map<string, Figure>();
  for (const figure of figures) {
    const key = `${figure.subject.id}\u0000${figure.unit.en}`;
    const known = best.get(key);
    if (!known || rank(figure) > rank(known)) best.set(key, figure);
  }
  const kept = new Set(best.values());
  return figures.filter((f) => kept.has(f));
}

type DateField = 'start' | 'end' | 'date' | 'as-of';

function datesOf(entry: SourcedRecord): [DateField, FuzzyDate | null][] {
  switch (entry.type) {
    case 'position':
    case 'project':
    case 'relation':
      return [
        ['start', entry.record.start],
        ['end', entry.record.end],
      ];
    case 'event':
      return [['date', entry.record.date]];
    case 'figure':
      return [['as-of', entry.record.asOf]];
    default:
      return [];
  }
}

/**
 * Every inferred date and inferred record among what the briefing shows, with what it rests
 * on. Many dates rest on the same inference (the article's own date): each reasoning is
 * stated once, followed by everything that rests on it.
 */
export function uncertainties(ctx: BuildContext, entries: readonly SourcedRecord[]): Uncertainty[] {
  const { index, locale, cites } = ctx;
  const words = briefingSentences[locale];
  // Reasoning → the date it gives, in words ('' for a record inferred as a whole) → items. Most
  // items of one reasoning share one date ("c. 2011, approximate"): it is written once for them.
  const groups = new Map<string, { dates: Map<string, string[]>; cites: Set<number> }>();
  const seen = new Set<string>();
  const add = (key: string, reason: string, date: string, item: string, entry: SourcedRecord) => {
    if (seen.has(key)) return;
    seen.add(key);
    const group = groups.get(reason) ?? {
      dates: new Map<string, string[]>(),
      cites: new Set<number>(),
    };
    group.dates.set(date, [...(group.dates.get(date) ?? []), item]);
    for (const n of cites.cite(entry)) group.cites.add(n);
    groups.set(reason, group);
  };
  for (const entry of entries) {
    const { record } = entry;
    const label = labelOf(entry, index, locale);
    if (record.voice === 'inferred' && record.inference)
      add(`${record.id}:voice`, record.inference[locale], '', label, entry);
    for (const [field, date] of datesOf(entry)) {
      if (date?.certainty !== 'inferred' || !date.inference) continue;
      add(
        `${record.id}:${field}`,
        date.inference[locale],
        words.uncertainDate(formatFuzzyDate(date, locale), describePrecision(date, locale)),
        words.uncertainItem(label, words.dateField(field)),
        entry,
      );
    }
  }
  return [...groups].map(([reason, group]) => ({
    reason,
    text: words.restingOnIt(
      [...group.dates].map(([date, items]) => ({ date: date === '' ? null : date, items })),
    ),
    cites: [...group.cites].sort((a, b) => a - b),
  }));
}

/** Replaces provisional citation numbers with final ones in a list of cited items. */
export function resolveAll<T extends { cites: number[] }>(
  items: readonly T[],
  resolve: (provisional: readonly number[]) => number[],
): T[] {
  return items.map((item) => ({ ...item, cites: resolve(item.cites) }));
}
