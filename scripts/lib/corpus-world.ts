/**
 * The corpus's shared cast: companies (with units made as they are needed), media and people,
 * each person with a whole career planned when they first appear, so later interviews find
 * them where their career has taken them. Nothing here is a record until an interview cites it.
 */
import type {
  DossierEvent,
  Localized,
  Organization,
  Person,
  Position,
} from '../../src/domain/records.ts';
import { OrganizationKindSchema, type OrganizationKind } from '../../src/domain/records.ts';
import { addMonths, before, de, prep, ucfirst, type Gender, type Moment } from './corpus-french.ts';
import type { Rng } from './corpus-random.ts';
import {
  CITIES,
  COMPANY_HEADS,
  FIRST_F,
  FIRST_M,
  LAST,
  MEDIA,
  SECTORS,
  TITLES,
  UNITS,
} from './corpus-words.ts';

/** A company, one of its units, or a publication. */
export interface Org {
  id: string;
  name: string;
  kind: OrganizationKind;
  /** With its article: "l’éditeur orléanais", "la direction marketing". */
  the: string;
  en: string;
  description: Localized;
  /** The company a unit belongs to, or the unit holding a team. */
  parent: Org | null;
  /** Founded, or created for a unit. */
  founded: Moment;
  employees: number;
  rubric: string;
  units: Map<string, Org>;
  staff: Human[];
  record?: Organization;
  founding?: DossierEvent;
  /** The chief executive's post, named without its holder. */
  vacantCeo?: Position;
}
export interface Title {
  m: string;
  f: string;
  en: string;
  level: number;
  /** The unit a title heads ("directrice marketing"), or "-". */
  heads: string;
}
/** A post; `end` is the next post's start, careers being planned well past the last interview. */
export interface Stint {
  company: Org;
  unit: Org | null;
  title: Title;
  start: Moment;
  end: Moment;
  record?: Position;
}
export interface Human {
  id: string;
  name: string;
  gender: Gender;
  stints: Stint[];
  interviewed: boolean;
  record?: Person;
}

const TITLE_LIST = TITLES.map(([m = '', f = '', en = '', level = '', heads = '']): Title => {
  return { m, f, en, level: Number(level), heads };
});
const ceo = TITLE_LIST.find((t) => t.en === 'Chief Executive Officer');
if (!ceo) throw new Error('corpus generator: no chief executive among the titles');
export const CEO: Title = ceo;

export const titleOf = (h: Human, s: Stint): string => (h.gender === 'f' ? s.title.f : s.title.m);
const path = (u: Org): string =>
  u.parent && u.parent.kind !== 'company' ? `${u.the} ${prep('de', u.parent.the)}` : u.the;
/** Where a post is: "chez Gréeau", "au sein du laboratoire d’innovation d’Arlac Pay". */
export const at = (s: Stint): string =>
  s.unit ? `au sein ${prep('de', path(s.unit))} ${de(s.company.name)}` : `chez ${s.company.name}`;
/** What follows a title: "de Gréeau", "à la direction marketing de Gréeau". */
export function of(s: Stint): string {
  if (!s.unit || s.title.heads !== '-') return de(s.company.name);
  return `${s.unit.kind === 'team' ? `dans ${path(s.unit)}` : prep('à', path(s.unit))} ${de(s.company.name)}`;
}
const day = (m: Moment): number => (m.y * 12 + m.m) * 32 + m.d;

export class World {
  readonly rng: Rng;
  readonly companies: Org[] = [];
  readonly media: Org[];
  /** People with a record, in the order they were first cited. */
  readonly people: Human[] = [];
  private readonly names = new Set<string>();
  private readonly byFounding: Org[];
  private humans = 0;

  constructor(rng: Rng, companies: number) {
    this.rng = rng;
    const width = Math.max(4, String(companies).length);
    for (let i = 1; i <= companies; i++) this.companies.push(this.company(i, width));
    this.byFounding = [...this.companies].sort((a, b) => day(a.founded) - day(b.founded));
    this.media = MEDIA.map(([name = '', slug = '']) => {
      const description = { fr: 'Titre de la presse économique.', en: 'Business press title.' };
      return this.org(`media-${slug}`, name, 'media', description, { y: 1990, m: 1, d: 1 });
    });
  }

  private org(
    id: string,
    name: string,
    kind: string,
    description: Localized,
    founded: Moment,
  ): Org {
    const base = {
      id,
      name,
      kind: OrganizationKindSchema.parse(kind),
      the: name,
      en: name,
      description,
    };
    return {
      ...base,
      parent: null,
      founded,
      employees: 0,
      rubric: '',
      units: new Map(),
      staff: [],
    };
  }

  private company(i: number, width: number): Org {
    const { rng } = this;
    const [suffix = '', noun = '', g = '', en = '', rubric = ''] = rng.pick(SECTORS);
    const [city = '', adjM = '', adjF = ''] = rng.pick(CITIES);
    const head = rng.pick(COMPANY_HEADS);
    let name = rng.chance(0.25) ? head : `${head} ${suffix}`;
    for (let tries = 0; this.names.has(name); tries++)
      name = `${tries < 10 ? rng.pick(COMPANY_HEADS) : `${head}-${rng.pick(COMPANY_HEADS)}`} ${suffix}`;
    this.names.add(name);
    const adj = g === 'f' ? adjF : adjM;
    const description = { fr: `${ucfirst(noun)} ${adj}.`, en: `${city}-based ${en}.` };
    // The first few exist before any career starts.
    const founded = {
      y: i <= 8 ? rng.int(1890, 1965) : rng.int(1900, 2016),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
    };
    const c = this.org(
      `org-${String(i).padStart(width, '0')}`,
      name,
      'company',
      description,
      founded,
    );
    const article = /^[aeiouyéh]/i.test(noun) ? 'l’' : g === 'f' ? 'la ' : 'le ';
    return Object.assign(c, {
      the: `${article}${noun} ${adj}`,
      employees: rng.int(2, 600) * 50,
      rubric,
    });
  }

  /** A company already founded a year before `m` (other than `not`, when there is one). */
  companyAt(m: Moment, not?: Org): Org {
    const cutoff = day(addMonths(m, -12));
    let [lo, hi] = [0, this.byFounding.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (day(this.byFounding[mid]?.founded ?? m) < cutoff) lo = mid + 1;
      else hi = mid;
    }
    for (;;) {
      const c = this.byFounding[this.rng.int(0, Math.max(0, lo - 1))];
      if (!c) throw new Error('corpus generator: no company founded yet');
      if (c !== not || lo < 2) return c;
    }
  }

  unit(company: Org, key: string): Org {
    const found = company.units.get(key);
    if (found) return found;
    const [, the = '', en = '', kind = '', parentKey = '-'] = UNITS.find(([k]) => k === key) ?? [];
    const name =
      key === 'fr' ? `${company.name} France` : ucfirst(the.replace(/^(la |le |l’)/, ''));
    const description = {
      fr: `${ucfirst(the)} ${de(company.name)}.`,
      en: `${company.name}’s ${en}.`,
    };
    const unit = this.org(
      `${company.id}-${key}`,
      name,
      kind,
      description,
      addMonths(company.founded, this.rng.int(6, 300)),
    );
    const parent = parentKey === '-' ? company : this.unit(company, parentKey);
    Object.assign(unit, { the, en, parent });
    company.units.set(key, unit);
    return unit;
  }

  private placed(company: Org, title: Title): Org | null {
    if (title.heads !== '-') return this.unit(company, title.heads);
    const keys = UNITS.map(([key = '']) => key);
    return title.level < 3 && this.rng.chance(0.22)
      ? this.unit(company, this.rng.pick(keys))
      : null;
  }

  /** Someone new, in post at `P` (at `company`, with `title`, when given). */
  person(P: Moment, company?: Org, title?: Title): Human {
    const { rng } = this;
    const gender: Gender = rng.chance(0.5) ? 'f' : 'm';
    let name = '';
    for (let tries = 0; name === '' || this.names.has(name); tries++) {
      const last = tries < 8 ? rng.pick(LAST) : `${rng.pick(LAST)}-${rng.pick(LAST)}`;
      name = `${rng.pick(gender === 'f' ? FIRST_F : FIRST_M)} ${last}`;
    }
    this.names.add(name);
    const id = `person-${String(++this.humans).padStart(4, '0')}`;
    const h: Human = { id, name, gender, stints: [], interviewed: false };
    let t: Moment = {
      y: Math.max(1975, P.y - rng.int(4, 32)),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
    };
    for (let level = 0; t.y < 2036; level = Math.min(3, level + (rng.chance(0.45) ? 1 : 0))) {
      const last = h.stints.at(-1);
      const where = last && rng.chance(0.35) ? last.company : this.companyAt(t);
      const role = rng.pick(TITLE_LIST.filter((x) => x.level === level && x !== CEO));
      const end = addMonths(t, rng.int(18, 84));
      h.stints.push({ company: where, unit: this.placed(where, role), title: role, start: t, end });
      t = end;
    }
    const now = this.stintAt(h, P);
    if (company && now) {
      Object.assign(now, { company, title: title ?? now.title });
      now.unit = this.placed(company, now.title);
      const earliest = addMonths(company.founded, 1);
      const prev = h.stints[h.stints.indexOf(now) - 1];
      if (before(now.start, earliest)) now.start = earliest;
      if (prev) prev.end = now.start;
    }
    for (const s of h.stints) if (!s.company.staff.includes(h)) s.company.staff.push(h);
    return h;
  }

  stintAt(h: Human, P: Moment): Stint | undefined {
    return h.stints.find((s) => !before(P, s.start) && before(P, s.end));
  }

  /** Someone in post at `company` at `P`, not yet `taken`: known there, or new. */
  staffAt(company: Org, P: Moment, taken: Set<Human>): Human {
    const known = company.staff.filter(
      (h) => !taken.has(h) && this.stintAt(h, P)?.company === company,
    );
    const h =
      known.length > 0 && this.rng.chance(0.65) ? this.rng.pick(known) : this.person(P, company);
    taken.add(h);
    return h;
  }

  /** The interviewee: someone already cited and never interviewed, or someone new. */
  subject(P: Moment): Human {
    for (let tries = 0; tries < 5 && this.people.length > 0 && this.rng.chance(0.35); tries++) {
      const h = this.rng.pick(this.people);
      if (!h.interviewed && this.stintAt(h, P)) return h;
    }
    return this.person(P);
  }
}
