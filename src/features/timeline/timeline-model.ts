import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import { boundsOf, type FuzzyDate } from '../../domain/fuzzy-date.ts';
import type { DossierEvent, Position, Project, Voice } from '../../domain/records.ts';
import { roleAtPlace } from '../../domain/record-label.ts';
import type { Locale } from '../../i18n/locale.ts';
import { runInSlices } from '../../lib/run-in-slices.ts';
import { timelineMessages } from './messages.ts';

const YEAR = 365.25 * 24 * 3600 * 1000;
/** How far a bar fades when the sources give no start or no end. */
const UNKNOWN_EDGE = 2 * YEAR;

export interface TimelineItem {
  id: string;
  entry: SourcedRecord;
  kind: 'position' | 'event' | 'project';
  label: string;
  /** Outer extent drawn, in UTC ms; the uncertain parts fade. */
  start: number;
  end: number;
  /** Where the bar is certain: between these it is drawn solid. */
  solidStart: number;
  solidEnd: number;
  startDate: FuzzyDate | null;
  endDate: FuzzyDate | null;
  /** Runs on to the present (a current role, a project under way). */
  ongoing: boolean;
  /** It runs on because of a claim we inferred (a post "current", a status "in progress"). */
  ongoingInferred: boolean;
  /** An event: drawn as a marker over the span its date may mean. */
  point: boolean;
  /** Any of its dates is `circa`. */
  approximate: boolean;
  /** Any of its dates is inferred, or the record itself is. */
  inferred: boolean;
  voice: Voice;
}

export interface TimelineLane {
  id: string;
  kind: 'person' | 'organization' | 'projects';
  label: string;
  /** Where the lane's title links: a profile. */
  link:
    | { to: '/people/$personId'; personId: string }
    | { to: '/companies/$companyId'; companyId: string }
    | null;
  items: TimelineItem[];
}

export interface Timeline {
  lanes: TimelineLane[];
  /** Records that belong on the timeline but have no date at all. */
  undated: { entry: SourcedRecord; label: string; lane: string }[];
  /** The latest source date: what "present" means for ongoing items. */
  present: number;
  domain: [number, number];
  itemCount: number;
  /** The records drawn, lane by lane, then the undated ones listed below: what the export saves. */
  shownIds: readonly string[];
}

function isInferred(...dates: (FuzzyDate | null)[]): boolean {
  return dates.some((d) => d?.certainty === 'inferred');
}

function isCirca(...dates: (FuzzyDate | null)[]): boolean {
  return dates.some((d) => d?.precision === 'circa');
}

/** The drawn extent of something with a start and an end, either possibly unknown. */
function spanOf(
  startDate: FuzzyDate | null,
  endDate: FuzzyDate | null,
  ongoing: boolean,
  present: number,
): Pick<TimelineItem, 'start' | 'end' | 'solidStart' | 'solidEnd'> | null {
  const s = startDate ? boundsOf(startDate) : null;
  const e = endDate ? boundsOf(endDate) : null;
  if (!s && !e) return null;
  const solidStart = s ? s.end : (e?.start ?? present) - UNKNOWN_EDGE / 2;
  const start = s ? s.start : solidStart - UNKNOWN_EDGE / 2;
  let solidEnd: number;
  let end: number;
  if (e) {
    solidEnd = e.start;
    end = e.end;
  } else if (ongoing) {
    solidEnd = present;
    end = present;
  } else {
    solidEnd = s ? s.end : present;
    end = solidEnd + UNKNOWN_EDGE / 2;
  }
  return {
    start,
    end: Math.max(end, start),
    solidStart: Math.min(solidStart, solidEnd),
    solidEnd: Math.max(solidEnd, solidStart),
  };
}

function positionLabel(index: DatasetIndex, position: Position, locale: Locale): string {
  const t = timelineMessages[locale];
  if (position.person === null) return t.holderNotNamed(position.title?.[locale] ?? t.post);
  return roleAtPlace(index, position, locale, t.roleNotStated);
}

const ONGOING_STATUSES: ReadonlySet<Project['status']> = new Set([
  'in-progress',
  'pilot',
  'negotiation',
  'launched',
]);

/**
 * The timeline of every record, before any filter: lanes sorted, each lane's items sorted, the
 * undated records in dataset order. What costs (dates' bounds, labels, sorting thousands of
 * lanes) is done here, once per dataset and language; a filter then only keeps what it includes.
 */
interface TimelineBase {
  lanes: readonly TimelineLane[];
  undated: readonly { entry: SourcedRecord; label: string; lane: string; laneId: string }[];
  present: number;
}

/** Records (or lanes) `timelineSteps` handles between two pauses. */
const RECORDS_PER_STEP = 500;

/**
 * Career lanes per person, a lane per company for its events and unnamed posts, and a lane
 * for projects, as steps: the generator pauses (yields) every few hundred records, so a caller
 * on the page can hand the thread back between slices (`prepareTimeline`); run to the end it
 * returns the whole base. Dates keep their uncertainty: the drawn extent covers everything a
 * date may mean and only the certain middle is solid. Labels are in `locale`: they are drawn,
 * and packing rows depends on their length.
 */
function* timelineSteps(index: DatasetIndex, locale: Locale): Generator<void, TimelineBase, void> {
  const { dataset } = index;
  let present = -Infinity;
  for (const source of dataset.sources) present = Math.max(present, boundsOf(source.published).end);
  const lanes = new Map<string, TimelineLane>();
  const undated: TimelineBase['undated'][number][] = [];
  const collator = new Intl.Collator('fr');
  let done = 0;
  /** Whether it is time to pause, counting one more record. */
  const due = () => {
    done += 1;
    return done % RECORDS_PER_STEP === 0;
  };

  const laneFor = (id: string, make: () => Omit<TimelineLane, 'items'>): TimelineLane => {
    const existing = lanes.get(id);
    if (existing) return existing;
    const lane = { ...make(), items: [] };
    lanes.set(id, lane);
    return lane;
  };
  const personLane = (personId: string) =>
    laneFor(`person:${personId}`, () => ({
      id: `person:${personId}`,
      kind: 'person',
      label: index.people.get(personId)?.name ?? personId,
      link: { to: '/people/$personId', personId },
    }));
  const companyLane = (organizationId: string) => {
    const company = index.companyOf(organizationId);
    return laneFor(`organization:${company}`, () => ({
      id: `organization:${company}`,
      kind: 'organization',
      label: index.organizations.get(company)?.name ?? company,
      link: { to: '/companies/$companyId', companyId: company },
    }));
  };
  const projectsLane = () =>
    laneFor('projects', () => ({
      id: 'projects',
      kind: 'projects',
      label: timelineMessages[locale].projectsLane,
      link: null,
    }));

  const add = (
    lane: TimelineLane,
    item: TimelineItem | null,
    entry: SourcedRecord,
    label: string,
  ) => {
    if (item) lane.items.push(item);
    else undated.push({ entry, label, lane: lane.label, laneId: lane.id });
  };

  yield;
  for (const position of dataset.positions) {
    const entry: SourcedRecord = { type: 'position', record: position };
    const label = positionLabel(index, position, locale);
    const lane =
      position.person === null ? companyLane(position.organization) : personLane(position.person);
    const span = spanOf(position.start, position.end, position.current, present);
    add(
      lane,
      span && {
        id: position.id,
        entry,
        kind: 'position',
        label,
        ...span,
        startDate: position.start,
        endDate: position.end,
        ongoing: position.current,
        ongoingInferred: position.current && position.currentBasis.certainty === 'inferred',
        point: false,
        approximate: isCirca(position.start, position.end),
        inferred:
          position.voice === 'inferred' ||
          position.currentBasis.certainty === 'inferred' ||
          isInferred(position.start, position.end),
        voice: position.voice,
      },
      entry,
      label,
    );
    if (due()) yield;
  }

  for (const event of dataset.events) {
    const entry: SourcedRecord = { type: 'event', record: event };
    const lane = eventLane(event, personLane, companyLane, projectsLane);
    const bounds = event.date ? boundsOf(event.date) : null;
    add(
      lane,
      bounds && {
        id: event.id,
        entry,
        kind: 'event',
        label: event.title[locale],
        start: bounds.start,
        end: bounds.end,
        solidStart: bounds.start + (bounds.end - bounds.start) / 2,
        solidEnd: bounds.start + (bounds.end - bounds.start) / 2,
        startDate: event.date,
        endDate: null,
        ongoing: false,
        ongoingInferred: false,
        point: true,
        approximate: isCirca(event.date),
        inferred: event.voice === 'inferred' || isInferred(event.date),
        voice: event.voice,
      },
      entry,
      event.title[locale],
    );
    if (due()) yield;
  }

  for (const project of dataset.projects) {
    const entry: SourcedRecord = { type: 'project', record: project };
    const ongoing = ONGOING_STATUSES.has(project.status) && project.end === null;
    const span = spanOf(project.start, project.end, ongoing, present);
    add(
      projectsLane(),
      span && {
        id: project.id,
        entry,
        kind: 'project',
        label: project.name[locale],
        ...span,
        startDate: project.start,
        endDate: project.end,
        ongoing,
        ongoingInferred: ongoing && project.statusBasis.certainty === 'inferred',
        point: false,
        approximate: isCirca(project.start, project.end),
        inferred:
          project.voice === 'inferred' ||
          project.statusBasis.certainty === 'inferred' ||
          isInferred(project.start, project.end),
        voice: project.voice,
      },
      entry,
      project.name[locale],
    );
    if (due()) yield;
  }

  const order = { person: 0, organization: 1, projects: 2 };
  const sortedLanes = [...lanes.values()].sort(
    (a, b) => order[a.kind] - order[b.kind] || collator.compare(a.label, b.label),
  );
  yield;
  for (const lane of sortedLanes) {
    lane.items.sort((a, b) => a.start - b.start || a.end - b.end);
    done += lane.items.length;
    if (due()) yield;
  }
  return { lanes: sortedLanes, undated, present };
}

/** The base of each dataset's timeline, per language: built once, by slices or whole. */
const bases = new WeakMap<DatasetIndex, Partial<Record<Locale, TimelineBase>>>();

function baseOf(index: DatasetIndex, locale: Locale): TimelineBase {
  const saved = bases.get(index)?.[locale];
  if (saved) return saved;
  const steps = timelineSteps(index, locale);
  for (;;) {
    const step = steps.next();
    if (step.done) return remember(index, locale, step.value);
  }
}

function remember(index: DatasetIndex, locale: Locale, base: TimelineBase): TimelineBase {
  bases.set(index, { ...bases.get(index), [locale]: base });
  return base;
}

/**
 * Builds the timeline's base for this dataset and language in slices, between which the page
 * answers input and draws: the timeline route's loader awaits it, so the view's first render
 * only applies the filter instead of holding the page for the whole dataset.
 */
export async function prepareTimeline(index: DatasetIndex, locale: Locale): Promise<void> {
  if (bases.get(index)?.[locale]) return;
  remember(index, locale, await runInSlices(timelineSteps(index, locale)));
}

/**
 * The timeline of the records that pass `includes`: the dataset's base (see `timelineSteps`),
 * built at once if `prepareTimeline` has not, with only the included items in each lane; a
 * lane with none stays when it lists undated records that pass.
 */
export function buildTimeline(
  index: DatasetIndex,
  includes: (record: { id: string; voice?: Voice }) => boolean,
  // English by default for callers outside the interface (the bench scripts export labels).
  locale: Locale,
): Timeline {
  const base = baseOf(index, locale);
  const undated: Timeline['undated'] = [];
  const undatedLanes = new Set<string>();
  for (const { entry, label, lane, laneId } of base.undated) {
    if (!includes(entry.record)) continue;
    undated.push({ entry, label, lane });
    undatedLanes.add(laneId);
  }
  let min = Infinity;
  let max = base.present;
  let itemCount = 0;
  const shownIds: string[] = [];
  const lanes: TimelineLane[] = [];
  for (const lane of base.lanes) {
    const items = lane.items.filter((item) => includes(item.entry.record));
    if (items.length === 0 && !undatedLanes.has(lane.id)) continue;
    lanes.push(items.length === lane.items.length ? lane : { ...lane, items });
    for (const item of items) {
      min = Math.min(min, item.start);
      max = Math.max(max, item.end);
      itemCount += 1;
      shownIds.push(item.entry.record.id);
    }
  }
  for (const { entry } of undated) shownIds.push(entry.record.id);
  const { present } = base;
  if (!Number.isFinite(min)) min = present - 10 * YEAR;
  const pad = (max - min) * 0.03;
  return {
    lanes,
    undated,
    present,
    domain: [min - pad, max + pad],
    itemCount,
    shownIds,
  };
}

/** An event sits with the first person it involves, else its company, else the projects. */
function eventLane(
  event: DossierEvent,
  personLane: (id: string) => TimelineLane,
  companyLane: (id: string) => TimelineLane,
  projectsLane: () => TimelineLane,
): TimelineLane {
  const person = event.people[0];
  if (person !== undefined) return personLane(person);
  const organization = event.organizations[0];
  if (organization !== undefined) return companyLane(organization);
  return projectsLane();
}

/** Approximate width of a label's text in pixels, where it cannot be measured (tests, no canvas). */
const CHAR_WIDTH = 7;
/** Room a label takes beyond its text: its own padding, the gap from the bar's edge, a margin. */
export const LABEL_PADDING = 24;
/** From a bar's visible edge to its label box. */
const LABEL_INSET = 5;
/** From a diamond's centre to its label, as timeline.css places it. */
const POINT_LABEL_GAP = 10;
/** A cut label keeps at least this much, so a few words stay readable. */
const MIN_LABEL_ROOM = 60;

/** The text a label draws: a project's carries its flag (timeline.css adds it before the name). */
export function drawnLabel(item: Pick<TimelineItem, 'kind' | 'label'>): string {
  return item.kind === 'project' ? `\u2691\u00a0${item.label}` : item.label;
}

const estimateWidth = (text: string) => text.length * CHAR_WIDTH;

/**
 * Where an item's label goes at this zoom. `side: 'start'` draws its box from `offset` pixels after
 * the bar's own left edge, `'end'` ends it `offset` pixels before the bar's right edge. `room` is
 * the most its text may take: the view cuts it there with an ellipsis, so a label never runs into
 * what packRows put beside it.
 */
export interface LabelPlace {
  side: 'start' | 'end';
  offset: number;
  room: number;
}

/**
 * Rows for a lane's items at the current zoom: each item takes its bar's width plus its label's,
 * and goes in the first row where neither overlaps anything. A bar's label starts at the bar's
 * visible left edge, so a bar begun before the visible range keeps its name while any part of it
 * is on screen; an event's hangs off its diamond (or off the visible edge its span reaches, when
 * the diamond is out of view). A label that would run past the right edge is drawn ending at the
 * bar's visible end instead (`side: 'end'`). A label too long for either side goes on the roomier
 * one, cut. An item not on screen draws no label (`null`) and takes only its bar's room. Items must be sorted by start; `measure` gives a text's width in pixels.
 */
export function packRows(
  items: readonly TimelineItem[],
  x: (time: number) => number,
  width: number,
  measure: (text: string) => number = estimateWidth,
): { rows: number[]; labels: (LabelPlace | null)[]; count: number } {
  const rowEnds: number[] = [];
  const labels: (LabelPlace | null)[] = [];
  const rows = items.map((item) => {
    const barLeft = x(item.start);
    const barRight = x(item.end);
    const middle = (barLeft + barRight) / 2;
    const onScreen = barRight > 0 && barLeft < width;
    let left = barLeft;
    let right = barRight;
    if (!onScreen) {
      labels.push(null);
    } else {
      const text = Math.ceil(measure(drawnLabel(item)));
      const fullWidth = text + LABEL_PADDING;
      // An event's label hangs off its diamond, mid-span, not off the bar's ends; a bar's off its
      // visible ends, not ends scrolled out of view; an event whose diamond is out of view, off
      // the edge of the range its span reaches.
      const diamondShown = middle >= 0 && middle <= width;
      const labelStart =
        item.point && diamondShown ? middle + POINT_LABEL_GAP : Math.max(barLeft, 0) + LABEL_INSET;
      const labelEnd =
        item.point && diamondShown
          ? middle - POINT_LABEL_GAP
          : Math.min(barRight, width) - LABEL_INSET;
      const fitsAfter = labelStart + fullWidth <= width;
      const fitsBefore = labelEnd - fullWidth >= 0;
      const flip =
        item.point && !diamondShown
          ? middle > width
          : !fitsAfter && (fitsBefore || labelEnd > width - labelStart);
      const cut = flip ? !fitsBefore : !fitsAfter;
      const room = cut
        ? Math.max(MIN_LABEL_ROOM, (flip ? labelEnd : width - labelStart) - LABEL_PADDING)
        : text;
      labels.push({
        side: flip ? 'end' : 'start',
        offset: flip ? barRight - labelEnd : labelStart - barLeft,
        room,
      });
      const labelWidth = room + LABEL_PADDING;
      left = flip ? Math.min(barLeft, labelEnd - labelWidth) : barLeft;
      right = flip ? barRight : Math.max(barRight, labelStart + labelWidth);
    }
    let row = rowEnds.findIndex((end) => end <= left);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else {
      rowEnds[row] = right;
    }
    return row;
  });
  return { rows, labels, count: Math.max(1, rowEnds.length) };
}
