/**
 * The corpus's shared cast: companies (with their units), media and people, and the careers
 * that tie them together. Everything here is "planned": a record is emitted only when an
 * interview mentions it, with that interview's passage as evidence, so nothing is orphaned.
 */
import type { Organization, Person, Position } from '../../src/domain/records.ts';
import { addMonths, compareMoments, de, e, type Gender, type Moment } from './corpus-french.ts';
import type { Rng } from './corpus-random.ts';
import {
  CITIES,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  LAST_NAMES,
  MEDIA,
  NAME_HEADS,
  NAME_TAILS,
  SECTORS,
  TITLES,
  UNIT_DEFS,
  type City,
  type Sector,
  type TitleDef,
  type UnitDef,
  type UnitKey,
} from './corpus-words.ts';

export interface Company {
  tag: 'company';
  id: string;
  name: string;
  sector: Sector;
  city: City;
  founded: Moment;
  employees: number;
  /** Millions of euros. */
  revenue: number;
  units: Unit[];
  /** Everyone who ever held a post there, for reuse. */
  staff: Human[];
  /** Who holds the chief executive's post, in the plan. */
  ceo: Human | null;
  /** Who heads each unit, in the plan. */
  heads: Map<UnitKey, Human>;
  /** The record of a chief executive's post named without its holder. */
  vacantCeo: Position | null;
  record: Organization | null;
}

export interface Unit {
  tag: 'unit';
  id: string;
  def: UnitDef;
  company: Company;
  parent: Company | Unit;
  record: Organization | null;
}

export interface Media {
  tag: 'media';
  id: string;
  name: string;
  slug: string;
  record: Organization | null;
}

export type OrgNode = Company | Unit | Media;

export interface Stint {
  company: Company;
  unit: Unit | null;
  title: TitleDef;
  start: Moment;
  /** Set once the plan has moved on past it. */
  end: Moment | null;
  plannedEnd: Moment;
  record: Position | null;
}

export interface Human {
  id: string;
  name: string;
  gender: Gender;
  stints: Stint[];
  careerStart: Moment;
  /** How many interviews mentioned them, and how many had them as the interviewee. */
  mentions: number;
  interviewed: number;
  record: Person | null;
}

/** The first year careers and companies may start. */
export const EARLIEST_YEAR = 1985;

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function current(h: Human): Stint {
  const last = h.stints[h.stints.length - 1];
  if (last === undefined) throw new Error(`corpus generator: ${h.id} has no career`);
  return last;
}

/** "la direction financière de Belcourt"… and the nested "de la DSI de Belcourt". */
export function ofOrg(org: Company | Unit): string {
  return org.tag === 'company' ? de(org.name) : `${org.def.of} ${ofOrg(org.parent)}`;
}

export function unitThe(unit: Unit): string {
  return `${unit.def.the} ${ofOrg(unit.parent)}`;
}

export function unitIn(unit: Unit): string {
  return `${unit.def.in} ${ofOrg(unit.parent)}`;
}

export function unitName(unit: Unit): string {
  return unit.def.key === 'france' ? `${unit.company.name} France` : unit.def.name;
}

export function unitNameEn(unit: Unit): string {
  return unit.def.key === 'france'
    ? `${unit.company.name} France`
    : `${unit.company.name}’s ${unit.def.en}`;
}

export function unitGender(unit: Unit): Gender {
  return /^(la |l’équipe)/.test(unit.def.the) ? 'f' : 'm';
}

export function titleOf(h: Human, s: Stint): string {
  return h.gender === 'f' ? s.title.f : s.title.m;
}

/** Whether the sentence names the unit ("cheffe de projet à la DSI de…"), not just the company. */
function namesUnit(s: Stint): s is Stint & { unit: Unit } {
  return s.unit !== null && s.title.level === 1;
}

/** "directrice financière de Belcourt", "cheffe de projet à la direction du numérique de Belcourt". */
export function roleOf(h: Human, s: Stint): string {
  return namesUnit(s)
    ? `${titleOf(h, s)} ${unitIn(s.unit)}`
    : `${titleOf(h, s)} ${de(s.company.name)}`;
}

/** "directrice financière chez Belcourt", for "elle a été …". */
export function roleAt(h: Human, s: Stint): string {
  return namesUnit(s)
    ? `${titleOf(h, s)} ${unitIn(s.unit)}`
    : `${titleOf(h, s)} chez ${s.company.name}`;
}

/** After "rejoint Belcourt comme": the title, and the unit when it is named. */
export function asTitle(h: Human, s: Stint): string {
  return namesUnit(s) ? `${titleOf(h, s)} ${s.unit.def.in}` : titleOf(h, s);
}

export function orgOfStint(s: Stint): Company | Unit {
  return s.unit ?? s.company;
}

export function missionFr(h: Human, s: Stint): string {
  return h.gender === 'f'
    ? s.title.mission.fr.replace(/\bchargé\b/, 'chargée')
    : s.title.mission.fr;
}

const CEO_TITLES = new Set(['directeur général', 'président-directeur général']);

export function isCeoTitle(title: TitleDef): boolean {
  return CEO_TITLES.has(title.m);
}

export class World {
  readonly companies: Company[] = [];
  readonly people: Human[] = [];
  readonly media: Media[];
  /** Emitted records, in the order they were first mentioned. */
  readonly organizationRecords: Organization[] = [];
  readonly personRecords: Person[] = [];
  private readonly names = new Set<string>();
  private readonly companyNames = new Set<string>();

  readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
    this.media = MEDIA.map((name, i) => ({
      tag: 'media',
      id: `media-${String(i + 1).padStart(2, '0')}`,
      name,
      slug: slugify(name),
      record: null,
    }));
  }

  newCompany(latest: number): Company {
    const { rng } = this;
    const sector = rng.pick(SECTORS);
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || this.companyNames.has(name)); attempt++) {
      const root = `${rng.pick(NAME_HEADS)}${rng.pick(NAME_TAILS)}`;
      const suffix = rng.pick(sector.suffixes);
      name = suffix === '' || attempt > 40 ? root : `${root} ${suffix}`;
      if (attempt > 45) name = `${root}${rng.pick(NAME_TAILS)} ${suffix}`.trim();
    }
    if (this.companyNames.has(name)) name = `${name} ${this.companies.length + 1}`;
    this.companyNames.add(name);
    const foundedYear = rng.chance(0.6)
      ? rng.int(1972, 1992)
      : rng.int(1993, Math.max(1994, latest - 1));
    const id = `org-${String(this.companies.length + 1).padStart(4, '0')}`;
    const company: Company = {
      tag: 'company',
      id,
      name,
      sector,
      city: rng.pick(CITIES),
      founded: { y: foundedYear, m: rng.int(1, 12), d: rng.int(1, 28) },
      employees: rng.chance(0.3) ? rng.int(40, 900) : rng.int(1, 60) * 500,
      revenue: rng.int(5, 4000),
      units: [],
      staff: [],
      ceo: null,
      heads: new Map(),
      vacantCeo: null,
      record: null,
    };
    const keys = rng.sample(
      UNIT_DEFS.filter((def) => def.key !== 'data' && (def.key !== 'france' || rng.chance(0.3))),
      rng.int(2, 4),
    );
    for (const def of keys) this.addUnit(company, def, company);
    const dsi = company.units.find((u) => u.def.key === 'dsi');
    const data = UNIT_DEFS.find((def) => def.key === 'data');
    if (dsi && data && rng.chance(0.5)) this.addUnit(company, data, dsi);
    this.companies.push(company);
    return company;
  }

  private addUnit(company: Company, def: UnitDef, parent: Company | Unit): void {
    company.units.push({
      tag: 'unit',
      id: `${company.id}-unit-${company.units.length + 1}`,
      def,
      company,
      parent,
      record: null,
    });
  }

  private uniqueName(gender: Gender): string {
    const { rng } = this;
    const firsts = gender === 'f' ? FIRST_NAMES_F : FIRST_NAMES_M;
    for (let attempt = 0; attempt < 30; attempt++) {
      const name = `${rng.pick(firsts)} ${rng.pick(LAST_NAMES)}`;
      if (!this.names.has(name)) return name;
    }
    for (;;) {
      const name = `${rng.pick(firsts)} ${rng.pick(LAST_NAMES)}-${rng.pick(LAST_NAMES)}`;
      if (!this.names.has(name)) return name;
    }
  }

  /**
   * A new person with a career from some year up to `now`; with `at`, their current post is
   * at that company (at `level` when given).
   */
  newPerson(now: Moment, options: { at?: Company; level?: 1 | 2 | 3 } = {}): Human {
    const { rng } = this;
    const gender: Gender = rng.chance(0.5) ? 'f' : 'm';
    const name = this.uniqueName(gender);
    this.names.add(name);
    const startYear = Math.max(EARLIEST_YEAR, now.y - rng.int(3, 32));
    const careerStart: Moment = { y: startYear, m: rng.int(1, 12), d: rng.int(1, 28) };
    const h: Human = {
      id: `person-${String(this.people.length + 1).padStart(4, '0')}`,
      name,
      gender,
      stints: [],
      careerStart,
      mentions: 0,
      interviewed: 0,
      record: null,
    };
    this.people.push(h);
    const first = this.pickCompany(careerStart.y, options.at ?? null) ?? options.at;
    if (first === undefined) throw new Error('corpus generator: no company to start a career');
    this.openStint(h, first, 1, careerStart, now);
    this.advance(h, now);
    if (options.at) this.moveTo(h, options.at, now, options.level);
    return h;
  }

  /** Moves the plan on to `now`: posts whose time is up end, and the next one starts. */
  advance(h: Human, now: Moment): void {
    const { rng } = this;
    for (;;) {
      const last = current(h);
      if (compareMoments(last.plannedEnd, now) > 0) return;
      last.end = last.plannedEnd;
      const start = last.plannedEnd;
      const level = this.nextLevel(last.title.level);
      // Long careers often stay a while in one company: a promotion or a move sideways.
      const inside = rng.chance(0.45);
      const company = inside
        ? last.company
        : (this.pickCompany(start.y, last.company) ?? last.company);
      this.openStint(h, company, level, start, now);
    }
  }

  /** Ends the current post early and starts one at `company`, so the person works there now. */
  moveTo(h: Human, company: Company, now: Moment, level?: 1 | 2 | 3): void {
    const last = current(h);
    if (last.company === company && (level === undefined || last.title.level === level)) return;
    const earliest = addMonths(last.start, 3);
    const latest = addMonths(now, -1);
    if (compareMoments(earliest, latest) >= 0 && last.record === null) {
      // Too recent to have ended: that post was at `company` all along.
      const { title, unit } = this.pickTitle(company, level ?? last.title.level, h);
      const previous = last.company;
      Object.assign(last, { company, title, unit });
      if (!h.stints.some((s) => s.company === previous)) {
        previous.staff = previous.staff.filter((other) => other !== h);
        if (previous.ceo === h) previous.ceo = null;
      }
      if (!company.staff.includes(h)) company.staff.push(h);
      if (isCeoTitle(title)) company.ceo = h;
      if (title.level === 2 && title.unit !== null) company.heads.set(title.unit, h);
      if (compareMoments(last.plannedEnd, now) <= 0)
        last.plannedEnd = addMonths(now, this.rng.int(6, 60));
      return;
    }
    const end = compareMoments(earliest, latest) >= 0 ? last.start : this.between(earliest, latest);
    last.end = end;
    last.plannedEnd = end;
    this.openStint(h, company, level ?? this.nextLevel(last.title.level), end, now);
    const opened = current(h);
    // The new post lasts beyond `now`, so the person is there when the interview is published.
    if (compareMoments(opened.plannedEnd, now) <= 0)
      opened.plannedEnd = addMonths(now, this.rng.int(6, 60));
  }

  private nextLevel(level: 1 | 2 | 3): 1 | 2 | 3 {
    const { rng } = this;
    if (level === 1) return rng.chance(0.5) ? 2 : 1;
    if (level === 2) return rng.chance(0.25) ? 3 : 2;
    return rng.chance(0.8) ? 3 : 2;
  }

  private openStint(
    h: Human,
    company: Company,
    level: 1 | 2 | 3,
    start: Moment,
    now: Moment,
  ): void {
    const { rng } = this;
    const { title, unit } = this.pickTitle(company, level, h);
    const months = rng.int(16, 110);
    const stint: Stint = {
      company,
      unit,
      title,
      start,
      end: null,
      plannedEnd: addMonths(start, months),
      record: null,
    };
    if (compareMoments(stint.start, now) > 0) stint.start = now;
    h.stints.push(stint);
    if (!company.staff.includes(h)) company.staff.push(h);
    if (isCeoTitle(title)) company.ceo = h;
    if (title.level === 2 && title.unit !== null) company.heads.set(title.unit, h);
  }

  private pickTitle(
    company: Company,
    level: 1 | 2 | 3,
    h: Human,
  ): { title: TitleDef; unit: Unit | null } {
    const { rng } = this;
    const unitOf = (key: UnitKey | null): Unit | undefined =>
      company.units.find((u) => u.def.key === key);
    if (level === 3) {
      const ceoTaken =
        company.ceo !== null && company.ceo !== h && current(company.ceo).company === company;
      const options = TITLES.filter((t) => t.level === 3 && !(ceoTaken && isCeoTitle(t)));
      return { title: rng.pick(options), unit: null };
    }
    if (level === 2) {
      const vacant = (key: UnitKey | null): boolean => {
        const holder = key === null ? undefined : company.heads.get(key);
        if (holder === undefined || holder === h) return true;
        const post = current(holder);
        return post.company !== company || post.title.unit !== key;
      };
      const heads = TITLES.filter(
        (t) => t.level === 2 && unitOf(t.unit) !== undefined && vacant(t.unit),
      );
      if (heads.length > 0) {
        const title = rng.pick(heads);
        return { title, unit: unitOf(title.unit) ?? null };
      }
    }
    const title = rng.pick(TITLES.filter((t) => t.level === 1));
    const unit = company.units.length > 0 && rng.chance(0.7) ? rng.pick(company.units) : null;
    return { title, unit };
  }

  /** A company founded by `year`, other than `not`; grows the pool when none fits. */
  pickCompany(year: number, not: Company | null): Company | undefined {
    const { rng } = this;
    for (let attempt = 0; attempt < 12; attempt++) {
      const company = rng.pick(this.companies);
      if (company !== not && company.founded.y <= year) return company;
    }
    return this.companies.find((c) => c !== not && c.founded.y <= year);
  }

  between(from: Moment, to: Moment): Moment {
    const span = (to.y - from.y) * 12 + (to.m - from.m);
    const at = addMonths(from, span <= 0 ? 0 : this.rng.int(0, span));
    const sameAsFrom = at.y === from.y && at.m === from.m;
    const sameAsTo = at.y === to.y && at.m === to.m;
    const low = sameAsFrom ? from.d : 1;
    const high = sameAsTo ? Math.max(low, to.d) : 28;
    return { ...at, d: this.rng.int(low, high) };
  }

  genderOfSector(company: Company): string {
    return e(company.sector.gender);
  }
}
