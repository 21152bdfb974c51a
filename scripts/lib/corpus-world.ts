/**
 * The corpus's shared cast: companies (with units made as they are needed), media and people,
 * each person with a whole career planned when they first appear, so later interviews find
 * them where their career has taken them. Nothing here is a record until an interview cites it.
 */
import type { DossierEvent, Localized, Organization } from '../../src/domain/records.ts';
import type { Person, Position } from '../../src/domain/records.ts';
import { OrganizationKindSchema, type OrganizationKind } from '../../src/domain/records.ts';
import { addMonths, before, de, moment, slug, ucfirst, type Moment } from './corpus-french.ts';
import type { Rng } from './corpus-random.ts';
import * as W from './corpus-words.ts';

/** A company, one of its units, or a publication. */
export interface Org {
  id: string;
  name: string;
  kind: OrganizationKind;
  description: Localized;
  parent: Org | null;
  founded: Moment;
  employees: number;
  rubric: string;
  units: Map<string, Org>;
  /** Everyone who works there at some point. */
  staff: Human[];
  record?: Organization;
  founding?: DossierEvent;
}
/** A post, its title a row of TITLES; careers are planned past the last interview. */
export interface Stint {
  company: Org;
  unit: Org | null;
  title: string[];
  start: Moment;
  end: Moment;
  record?: Position;
}
export interface Human {
  id: string;
  name: string;
  gender: 'f' | 'm';
  stints: Stint[];
  interviewed: boolean;
  record?: Person;
}

export const titleOf = (h: Human, s: Stint): string => s.title[h.gender === 'f' ? 1 : 0] ?? '';
export const levelOf = (s: Stint): number => Number(s.title[3]);
const holds = (s: Stint, P: Moment): boolean => !before(P, s.start) && before(P, s.end);

function org(id: string, name: string, kind: string, description: Localized, founded?: Moment) {
  const rest = { parent: null, units: new Map<string, Org>(), staff: [], employees: 0, rubric: '' };
  const [type, since] = [OrganizationKindSchema.parse(kind), founded ?? { y: 1990, m: 1, d: 1 }];
  return { id, name, kind: type, description, founded: since, ...rest };
}

export class World {
  readonly rng: Rng;
  readonly companies: Org[] = [];
  readonly media: Org[];
  /** People with a record, in the order they were first cited. */
  readonly people: Human[] = [];
  private readonly names = new Set<string>();
  private humans = 0;

  constructor(rng: Rng, companies: number) {
    this.rng = rng;
    const width = Math.max(4, String(companies).length);
    for (let i = 1; i <= companies; i++) {
      const [suffix = '', noun = '', en = '', rubric = ''] = rng.pick(W.SECTORS);
      const stem = (n: number) =>
        rng.pick(W.HEADS) + rng.pick(W.TAILS) + (n < 8 ? '' : rng.pick(W.TAILS));
      const name = this.unique((n) => `${stem(n)} ${suffix}`);
      const city = rng.pick(W.CITIES);
      const where = `${ucfirst(noun)} implanté à ${city}.`;
      const about = { fr: where, en: `${ucfirst(en)} in ${city}.` };
      // The first few exist before any career starts.
      const founded = moment(rng, rng.int(1890, i <= 8 ? 1965 : 2016));
      const c = org(`org-${String(i).padStart(width, '0')}`, name, 'company', about, founded);
      this.companies.push({ ...c, employees: rng.int(2, 600) * 50, rubric });
    }
    const press = { fr: 'Titre de la presse économique.', en: 'Business press title.' };
    this.media = W.MEDIA.map((name) => org(`media-${slug(name)}`, name, 'media', press));
  }

  /** A name not yet taken by a company or a person; `make` varies it after a few tries. */
  private unique(make: (tries: number) => string): string {
    let name = make(0);
    for (let tries = 1; this.names.has(name); tries++) name = make(tries);
    this.names.add(name);
    return name;
  }

  /** A company founded a year before `m`, other than `not`. */
  companyAt(m: Moment, not?: Org): Org {
    for (;;) {
      const c = this.rng.pick(this.companies);
      if (c !== not && before(addMonths(c.founded, 12), m)) return c;
    }
  }

  /** The unit a title belongs to ("Direction marketing"), made on first use; or none. */
  private unit(company: Org, title: string[]): Org | null {
    const [, , , , name = '-', en = '', kind = ''] = title;
    if (name === '-') return null;
    const about = { fr: `${name} ${de(company.name)}.`, en: `${company.name}’s ${en}.` };
    const unit = company.units.get(name) ?? org(`${company.id}-${slug(name)}`, name, kind, about);
    company.units.set(name, Object.assign(unit, { parent: company }));
    return unit;
  }

  /** Someone new, in post at `P` (at `company`, when given), with a whole career. */
  person(P: Moment, company?: Org): Human {
    const { rng } = this;
    const gender = rng.chance(0.5) ? 'f' : 'm';
    const last = (tries: number) => (tries < 8 ? '' : `-${rng.pick(W.LAST)}`);
    const first = gender === 'f' ? W.FIRST_F : W.FIRST_M;
    const name = this.unique((tries) => `${rng.pick(first)} ${rng.pick(W.LAST)}${last(tries)}`);
    const id = `person-${String(++this.humans).padStart(4, '0')}`;
    const h: Human = { id, name, gender, stints: [], interviewed: false };
    let t = moment(rng, Math.max(1975, P.y - rng.int(4, 32)));
    for (let level = 0; t.y < 2036; level = Math.min(3, level + (rng.chance(0.45) ? 1 : 0))) {
      const last = h.stints.at(-1);
      const at = last && rng.chance(0.35) ? last.company : this.companyAt(t);
      const title = rng.pick(W.TITLES.filter((x) => x[3] === String(level)));
      const end = addMonths(t, rng.int(18, 84));
      h.stints.push({ company: at, unit: this.unit(at, title), title, start: t, end });
      t = end;
    }
    const now = h.stints.find((s) => holds(s, P));
    if (company && now && now.company !== company) {
      Object.assign(now, { company, unit: this.unit(company, now.title) });
      const earliest = addMonths(company.founded, 12);
      if (before(now.start, earliest)) now.start = earliest;
      const prev = h.stints[h.stints.indexOf(now) - 1];
      if (prev) prev.end = now.start;
    }
    for (const s of h.stints) if (!s.company.staff.includes(h)) s.company.staff.push(h);
    return h;
  }

  /** The post `h` holds at `P`. */
  postAt(h: Human, P: Moment): Stint {
    const s = h.stints.find((s) => holds(s, P));
    if (!s) throw new Error(`corpus generator: ${h.id} has no post in ${P.y}`);
    return s;
  }

  /** Someone in post at `company` at `P`, not yet `taken`: known there, or new. */
  staffAt(company: Org, P: Moment, taken: Set<Human>): Human {
    const here = (h: Human) =>
      !taken.has(h) && h.stints.some((s) => s.company === company && holds(s, P));
    const known = company.staff.filter(here);
    const h =
      known.length > 0 && this.rng.chance(0.55) ? this.rng.pick(known) : this.person(P, company);
    taken.add(h);
    return h;
  }

  /** The interviewee: someone already cited and never interviewed, or someone new. */
  subject(P: Moment): Human {
    for (let tries = 0; tries < 5 && this.people.length > 0 && this.rng.chance(0.35); tries++) {
      const h = this.rng.pick(this.people);
      if (!h.interviewed && h.stints.some((s) => holds(s, P))) return h;
    }
    return this.person(P);
  }
}
