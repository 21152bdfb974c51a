/**
 * One synthetic interview: its French text, paragraph by paragraph, and the records it
 * supports. Every record is created from the sentence that states it, and that sentence is
 * what goes into the text, so each evidence passage is verbatim in one paragraph by construction.
 */
import type { FuzzyDate } from '../../src/domain/fuzzy-date.ts';
import type {
  DossierEvent,
  Evidence,
  Figure,
  Localized,
  Note,
  Organization,
  Paragraph,
  Position,
  Project,
  ProjectStatus,
  Quote,
  Relation,
  RelationKind,
  Source,
  Voice,
} from '../../src/domain/records.ts';
import {
  addMonths,
  APPROXIMATE,
  compareMoments,
  de,
  e,
  englishDigits,
  frenchDigits,
  frenchNumber,
  monthFr,
  phraseDate,
  pronoun,
  statedYear,
  ucfirst,
  type DateForm,
  type DatePhrase,
  type Moment,
} from './corpus-french.ts';
import {
  HEADLINES,
  QUOTE_TEMPLATES,
  type QuoteNeed,
  type QuoteParams,
  type QuoteTemplate,
  type QuoteTheme,
} from './corpus-quotes.ts';
import type { Rng } from './corpus-random.ts';

const INFERRED_FROM_TEXT: Note = { fr: 'Déduit du texte.', en: 'Inferred from the text.' };
/** The generator writes every status and every end of a post into the text itself. */
const STATED = { certainty: 'stated' } as const;
import {
  CODE_NAMES,
  CONTEXT_EVENTS,
  DECISIONS,
  JOURNALISTS,
  PROJECT_KINDS,
  SETBACK_CAUSES,
  TOPICS,
  type ProjectKind,
  type Topic,
} from './corpus-words.ts';
import {
  asTitle,
  current,
  isCeoTitle,
  missionFr,
  orgOfStint,
  roleAt,
  roleOf,
  slugify,
  titleOf,
  unitGender,
  unitIn,
  unitName,
  unitNameEn,
  unitThe,
  type Company,
  type Human,
  type Media,
  type OrgNode,
  type Stint,
  type Unit,
  type World,
} from './corpus-world.ts';

type Pov = 'first' | 'third';

interface Para {
  kind: Paragraph['kind'];
  /** `first`: the interviewee speaking (an answer); `third`: the journalist writing. */
  pov: Pov;
  parts: string[];
}

interface Section {
  theme: QuoteTheme;
  ask: Para;
  answer: Para;
  project: PlannedProject | null;
}

interface PlannedProject {
  code: string;
  kind: ProjectKind;
  status: ProjectStatus;
  orgs: (Company | Unit)[];
  owner: Human | null;
  contributors: Human[];
  partOf: PlannedProject | null;
  start: Moment | null;
  end: Moment | null;
  record: Project | null;
}

export interface InterviewRecords {
  source: Source;
  positions: Position[];
  projects: Project[];
  quotes: Quote[];
  events: DossierEvent[];
  figures: Figure[];
  relations: Relation[];
  /** How many distinct people the interview mentions. */
  peopleInvolved: number;
}

export interface InterviewContext {
  index: number;
  total: number;
  seed: number;
  published: Moment;
  width: number;
}

/** Passages kept per record from one source, and in all. */
const PER_SOURCE = 2;
const EVIDENCE_CAP = 12;

function stripPeriod(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** "explique-t-elle", "poursuit-il". */
function incise(verb: string, who: string): string {
  return verb.endsWith('t') ? `${verb}-${who}` : `${verb}-t-${who}`;
}

const SAY_VERBS = [
  'explique',
  'confie',
  'résume',
  'insiste',
  'souligne',
  'reconnaît',
  'précise',
  'poursuit',
  'ajoute',
  'sourit',
];

function voiceOf(para: Para): Voice {
  return para.pov === 'first' ? 'interviewee' : 'journalist';
}

export function generateInterview(world: World, context: InterviewContext): InterviewRecords {
  return new InterviewBuilder(world, context).build();
}

class InterviewBuilder {
  private readonly rng: Rng;
  private readonly P: Moment;
  private readonly sourceId: string;
  private readonly prefix: string;
  private readonly paras: Para[] = [];
  private readonly positions: Position[] = [];
  private readonly projects: Project[] = [];
  private readonly quotes: Quote[] = [];
  private readonly events: DossierEvent[] = [];
  private readonly figures: Figure[] = [];
  private readonly relations: Relation[] = [];
  private readonly counters = new Map<string, number>();
  private readonly involved = new Set<Human>();
  private readonly usedTemplates = new Set<QuoteTemplate>();
  private readonly topics: Topic[];
  private subject: Human | null = null;

  private readonly world: World;
  private readonly context: InterviewContext;

  constructor(world: World, context: InterviewContext) {
    this.world = world;
    this.context = context;
    this.rng = world.rng;
    this.P = context.published;
    const number = String(context.index).padStart(context.width, '0');
    this.sourceId = `interview-${number}`;
    this.prefix = `i${number}`;
    this.topics = this.rng.sample(TOPICS, 2);
  }

  // ——— Bookkeeping ———

  private nextId(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `${this.prefix}-${kind}-${String(n).padStart(2, '0')}`;
  }

  private para(kind: Paragraph['kind'], pov: Pov = 'third'): Para {
    const para: Para = { kind, pov, parts: [] };
    this.paras.push(para);
    return para;
  }

  private say(para: Para, sentence: string): string {
    para.parts.push(sentence);
    return sentence;
  }

  private ev(passage: string): Evidence {
    return { source: this.sourceId, passage };
  }

  private cite(record: { evidence: Evidence[] }, passage: string, cap = EVIDENCE_CAP): void {
    if (record.evidence.length >= cap) return;
    const here = record.evidence.filter((item) => item.source === this.sourceId);
    if (here.length >= PER_SOURCE || here.some((item) => item.passage === passage)) return;
    record.evidence.push(this.ev(passage));
  }

  private date(moment: Moment, form: DateForm, relative = true): DatePhrase {
    return phraseDate(this.rng, moment, form, this.P, { relative });
  }

  /** "Cécile Ménard" at the start of a paragraph, "elle" after. */
  private who(para: Para, h: Human): string {
    return para.parts.length === 0 ? h.name : pronoun(h.gender);
  }

  private asOfPublication(): FuzzyDate | null {
    if (this.rng.chance(0.15)) return null;
    return {
      precision: 'year',
      value: String(this.P.y),
      certainty: 'inferred',
      inference: {
        fr: 'Dit au présent ; daté de la parution de l’entretien.',
        en: 'Given in the present tense; dated to the interview’s publication.',
      },
    };
  }

  // ——— Entities ———

  private touchOrg(org: OrgNode, passage: string, voice: Voice, inference?: Note): Organization {
    if (org.record) {
      this.cite(org.record, passage);
      return org.record;
    }
    if (org.tag === 'unit') this.touchOrg(org.parent, passage, voice);
    const voiced =
      voice === 'inferred' ? { voice, inference: inference ?? INFERRED_FROM_TEXT } : { voice };
    let record: Organization;
    if (org.tag === 'company') {
      const adjective = org.sector.gender === 'f' ? org.city.f : org.city.m;
      record = {
        id: org.id,
        name: org.name,
        aliases: [`${org.sector.alias} ${adjective}`],
        kind: 'company',
        parent: null,
        description: {
          fr: `${ucfirst(org.sector.fr)} ${adjective}.`,
          en: `${org.city.en} ${org.sector.en}.`,
        },
        ...voiced,
        evidence: [this.ev(passage)],
      };
    } else if (org.tag === 'unit') {
      record = {
        id: org.id,
        name: unitName(org),
        aliases: org.def.alias === null ? [] : [org.def.alias],
        kind: org.def.kind,
        parent: org.parent.id,
        description: {
          fr: `${ucfirst(unitThe(org))}.`,
          en: `${unitNameEn(org)}.`,
        },
        ...voiced,
        evidence: [this.ev(passage)],
      };
    } else {
      record = {
        id: org.id,
        name: org.name,
        aliases: [],
        kind: 'media',
        parent: null,
        description: {
          fr: 'Titre de la presse économique, qui publie des entretiens avec des dirigeants.',
          en: 'Business news title that publishes interviews with executives.',
        },
        ...voiced,
        evidence: [this.ev(passage)],
      };
    }
    org.record = record;
    this.world.organizationRecords.push(record);
    return record;
  }

  private touchPerson(h: Human, passage: string, voice: Voice): void {
    if (!this.involved.has(h)) {
      this.involved.add(h);
      h.mentions++;
    }
    if (h.record) {
      // The interview's subject is always cited by it, however often they were before.
      this.cite(h.record, passage, h === this.subject ? Infinity : EVIDENCE_CAP);
      return;
    }
    h.record = {
      id: h.id,
      name: h.name,
      voice,
      // Rewritten from the positions once the whole corpus is known.
      summary: {
        fr: `Cité${e(h.gender)} dans la presse économique.`,
        en: 'Quoted in the business press.',
      },
      evidence: [this.ev(passage)],
    };
    this.world.personRecords.push(h.record);
  }

  /** The position record of a post, created on first mention; later mentions add evidence. */
  private touchStint(
    h: Human,
    s: Stint,
    passage: string,
    voice: Voice,
    dates: { start?: FuzzyDate | null; end?: FuzzyDate | null } = {},
    inference?: Note,
  ): Position {
    this.touchPerson(h, passage, voice);
    this.touchOrg(orgOfStint(s), passage, voice);
    const start = dates.start ?? null;
    const end = dates.end ?? null;
    const ended = s.end !== null && compareMoments(s.end, this.P) <= 0;
    if (s.record) {
      const record = s.record;
      this.cite(record, passage, 6);
      if (record.start === null && start !== null) record.start = start;
      if (ended) {
        record.current = false;
        if (record.end === null && end !== null) record.end = end;
      }
      return record;
    }
    const title = titleOf(h, s);
    const org = orgOfStint(s);
    const orgFr = s.unit !== null && s.title.level === 1 ? unitIn(s.unit) : de(s.company.name);
    const orgEn = org.tag === 'unit' ? unitNameEn(org) : org.name;
    const voiced =
      voice === 'inferred' ? { voice, inference: inference ?? INFERRED_FROM_TEXT } : { voice };
    const record: Position = {
      id: this.nextId('position'),
      person: h.id,
      organization: org.id,
      title: { fr: title, en: s.title.en },
      description: {
        fr: `${ucfirst(title)} ${orgFr}, ${missionFr(h, s)}.`,
        en: `${s.title.en} at ${orgEn}, ${s.title.mission.en}.`,
      },
      start,
      end: ended ? end : null,
      current: !ended,
      currentBasis: STATED,
      reportsTo: [],
      ...voiced,
      evidence: [this.ev(passage)],
    };
    s.record = record;
    this.positions.push(record);
    return record;
  }

  private event(
    kind: DossierEvent['kind'],
    title: Localized,
    date: FuzzyDate | null,
    involves: { people?: Human[]; orgs?: OrgNode[]; projects?: Project[] },
    passage: string,
    voice: Voice,
    inference?: Note,
  ): void {
    const voiced =
      voice === 'inferred' ? { voice, inference: inference ?? INFERRED_FROM_TEXT } : { voice };
    this.events.push({
      id: this.nextId('event'),
      kind,
      title,
      date,
      people: (involves.people ?? []).map((h) => h.id),
      organizations: (involves.orgs ?? []).map((o) => o.id),
      projects: (involves.projects ?? []).map((p) => p.id),
      ...voiced,
      evidence: [this.ev(passage)],
    });
  }

  private figure(
    subject: Figure['subject'],
    label: Localized,
    value: number,
    extra: { upTo?: number; outOf?: number; qualifier?: Figure['qualifier'] },
    unit: Localized,
    asOf: FuzzyDate | null,
    passage: string,
    voice: Voice,
  ): void {
    this.figures.push({
      id: this.nextId('figure'),
      subject,
      label,
      value,
      upTo: extra.upTo ?? null,
      qualifier: extra.qualifier ?? 'exact',
      outOf: extra.outOf ?? null,
      unit,
      asOf,
      voice,
      evidence: [this.ev(passage)],
    });
  }

  private relation(
    from: OrgNode,
    to: OrgNode,
    kind: RelationKind,
    description: Localized,
    dates: { start?: FuzzyDate | null; end?: FuzzyDate | null },
    passage: string,
    voice: Voice,
    inference?: Note,
  ): void {
    this.touchOrg(from, passage, voice === 'inferred' ? 'journalist' : voice);
    this.touchOrg(to, passage, voice === 'inferred' ? 'journalist' : voice);
    const voiced =
      voice === 'inferred' ? { voice, inference: inference ?? INFERRED_FROM_TEXT } : { voice };
    this.relations.push({
      id: this.nextId('relation'),
      from: from.id,
      to: to.id,
      kind,
      description,
      start: dates.start ?? null,
      end: dates.end ?? null,
      ...voiced,
      evidence: [this.ev(passage)],
    });
  }

  // ——— The cast ———

  private pickInterviewee(): Human {
    const { rng, world, P } = this;
    const pool = world.people.filter((h) => h.interviewed === 0 && h.mentions > 0);
    if (pool.length > 0 && rng.chance(0.35)) {
      const h = rng.pick(pool);
      world.advance(h, P);
      return h;
    }
    const fresh = world.companies.filter((c) => c.record === null && c.founded.y < P.y);
    const at = fresh.length > 0 && rng.chance(0.5) ? rng.pick(fresh) : undefined;
    return at ? world.newPerson(P, { at }) : world.newPerson(P);
  }

  /** Someone who works at `company` now, reused from earlier interviews when possible. */
  private colleagueAt(company: Company, exclude: Set<Human>, reuse: number): Human {
    const { rng, world, P } = this;
    const candidates = company.staff.filter((h) => {
      if (exclude.has(h) || h.record === null) return false;
      const last = current(h);
      return last.company === company && compareMoments(last.plannedEnd, P) > 0;
    });
    if (candidates.length > 0 && rng.chance(reuse)) return rng.pick(candidates);
    if (rng.chance(reuse / 4)) {
      // Someone known from earlier interviews who has since moved here.
      for (let attempt = 0; attempt < 8 && world.people.length > 0; attempt++) {
        const h = rng.pick(world.people);
        if (exclude.has(h) || h.record === null || current(h).company === company) continue;
        world.advance(h, P);
        world.moveTo(h, company, P);
        return h;
      }
    }
    return world.newPerson(P, { at: company, level: rng.chance(0.6) ? 1 : 2 });
  }

  private pickPartner(exclude: Company): Company {
    const { rng, world, P } = this;
    const candidates = world.companies.filter((c) => c !== exclude && c.founded.y < P.y);
    const fresh = candidates.filter((c) => c.record === null);
    if (fresh.length > 0 && rng.chance(0.6)) return rng.pick(fresh);
    if (candidates.length > 0) return rng.pick(candidates);
    return world.newCompany(P.y);
  }

  // ——— The interview ———

  build(): InterviewRecords {
    const { rng, world, P } = this;
    const genre = rng.weighted<Source['genre']>([
      ['interview', 75],
      ['profile', 20],
      ['article', 5],
    ]);
    const asked = genre === 'interview';
    const media = rng.pick(world.media);
    const publisher: Media | null = rng.chance(0.85) ? media : null;
    const publishedAs = rng.weighted<'day' | 'month' | 'inferred'>([
      ['day', 6],
      ['month', 2],
      ['inferred', 2],
    ]);

    // Cast.
    const iv = this.pickInterviewee();
    this.subject = iv;
    iv.interviewed++;
    const ivStint = current(iv);
    const C = ivStint.company;
    const taken = new Set<Human>([iv]);
    const othersCount = rng.weighted([
      [3, 2],
      [4, 4],
      [5, 4],
    ]);
    const past = iv.stints.slice(0, -1);
    const prev = [...past].reverse().find((s) => s.company !== C)?.company ?? null;
    const roles: ('boss' | 'colleague' | 'partner' | 'mentor')[] = [];
    if (ivStint.title.level < 3 && rng.chance(0.6)) roles.push('boss');
    roles.push('colleague');
    if (rng.chance(0.7)) roles.push('partner');
    if (prev && rng.chance(0.5)) roles.push('mentor');
    while (roles.length < othersCount) roles.push('colleague');

    let boss: Human | null = null;
    let vacantBoss = false;
    const colleagues: Human[] = [];
    let contact: Human | null = null;
    let partner: Company | null = null;
    let mentor: Human | null = null;
    for (const role of roles.slice(0, othersCount)) {
      if (role === 'boss') {
        const ceo = C.ceo;
        if (ceo && !taken.has(ceo) && ceo.record && rng.chance(0.7)) {
          world.advance(ceo, P);
          if (current(ceo).company === C && isCeoTitle(current(ceo).title)) boss = ceo;
        }
        if (!boss && rng.chance(0.45)) boss = world.newPerson(P, { at: C, level: 3 });
        if (boss) taken.add(boss);
        else vacantBoss = true;
      } else if (role === 'colleague') {
        const h = this.colleagueAt(C, taken, 0.65);
        world.advance(h, P);
        taken.add(h);
        colleagues.push(h);
      } else if (role === 'partner') {
        const known = world.people.filter((h) => !taken.has(h) && h.record !== null);
        if (known.length > 0 && rng.chance(0.45)) {
          const h = rng.pick(known);
          world.advance(h, P);
          if (current(h).company !== C) {
            contact = h;
            partner = current(h).company;
          }
        }
        if (!contact) {
          partner = this.pickPartner(C);
          contact = this.colleagueAt(partner, taken, 0.6);
          world.advance(contact, P);
          if (current(contact).company !== partner) world.moveTo(contact, partner, P);
        }
        taken.add(contact);
      } else if (prev) {
        const knew = prev.staff.filter((h) => !taken.has(h) && h.record !== null);
        mentor =
          knew.length > 0 && rng.chance(0.7) ? rng.pick(knew) : world.newPerson(P, { at: prev });
        world.advance(mentor, P);
        taken.add(mentor);
      }
    }
    partner ??= rng.chance(0.6) ? this.pickPartner(C) : null;

    // Layout: paragraphs in reading order, filled below in any order.
    const topChrome = rng.chance(0.4) ? this.para('chrome') : null;
    const heading = this.para('heading');
    const lead = this.para('lead');
    const careerBody = this.para('body');
    const companyBody = this.para('body');
    const projectsBody = this.para('body');
    const themes: QuoteTheme[] = ['career', 'project'];
    themes.push(partner && rng.chance(0.5) ? 'partners' : 'team');
    if (rng.chance(0.5)) themes.push('project');
    themes.push('outlook');
    const sections: Section[] = themes.map((theme) => ({
      theme,
      ask: this.para(asked ? 'question' : 'heading'),
      answer: this.para(asked ? 'answer' : 'body', asked ? 'first' : 'third'),
      project: null,
    }));
    const entourage = this.para('body');
    const closing = this.para('body');
    const bottomChrome = this.para('chrome');
    const section = (theme: QuoteTheme): Section | undefined =>
      sections.find((s) => s.theme === theme);
    const careerSection = section('career');
    const outlook = section('outlook');
    if (!careerSection || !outlook) throw new Error('corpus generator: sections missing');

    // Lead: the interviewee and their current post.
    const ivPosition = this.introduce(iv, ivStint, lead, media);

    // Projects, planned now so the lead and quotes can name them.
    const planned = this.planProjects(C, iv, ivStint, colleagues, boss, partner);
    const [first, second] = planned;
    if (first && second) {
      this.say(
        lead,
        `${ucfirst(pronoun(iv.gender))} détaille les chantiers en cours, ${de(first.code)} à ${second.code}.`,
      );
    } else {
      this.say(lead, `${ucfirst(pronoun(iv.gender))} revient sur son parcours et sur ses projets.`);
    }

    // Career, oldest first; in an interview, half of it in the interviewee's own words.
    const toldByJournalist = asked ? rng.int(0, past.length) : past.length;
    past.forEach((s, i) => {
      const para = i < toldByJournalist ? careerBody : careerSection.answer;
      this.narratePast(iv, s, i === 0 ? null : (past[i - 1] ?? null), para);
    });
    this.contextEvent(iv, C, rng.chance(0.5) ? careerSection.answer : careerBody);

    // The company, the boss, the colleagues.
    this.describeCompany(C, companyBody, iv);
    if (boss || vacantBoss) this.reportsToBoss(iv, ivPosition, C, boss, companyBody);
    const team = section('team');
    for (const h of colleagues)
      this.introduceColleague(h, iv, ivPosition, team?.answer ?? companyBody);
    if (team) this.teamFacts(ivStint, C, team.answer);
    if (mentor && prev) this.introduceMentor(mentor, iv, prev, careerSection.answer);

    // Partners.
    const partners = section('partners');
    if (partner) this.partnerFacts(C, partner, contact, partners?.answer ?? companyBody, planned);

    // Projects, each in its section or elsewhere.
    const projectSections = sections.filter((s) => s.theme === 'project');
    planned.forEach((project, i) => {
      const home = projectSections[i];
      if (home) home.project = project;
      const para =
        home?.answer ??
        (project.status === 'planned'
          ? outlook.answer
          : rng.pick([
              projectsBody,
              projectsBody,
              outlook.answer,
              projectSections[0]?.answer ?? projectsBody,
            ]));
      const asks = asked && home && rng.chance(0.3) ? home.ask : null;
      this.narrateProject(project, iv, C, para, asks);
    });
    if (rng.chance(0.2)) this.review(iv, C, careerBody.parts.length > 0 ? careerBody : companyBody);

    // Questions (or intertitles).
    for (const s of sections) this.ask(s, iv, C, partner, asked, publishedAs === 'inferred');

    // Quotes: the headline, the others' words, then the answers.
    const target = rng.int(16, 24);
    const speakers = [boss, ...colleagues, contact, mentor].filter((h): h is Human => h !== null);
    let othersQuoted = 0;
    for (const h of speakers) {
      if (othersQuoted < 3 && rng.chance(0.5)) {
        this.quoteOther(h, iv, entourage);
        othersQuoted++;
      }
    }
    const headline = this.headline(iv, C, ivStint, heading, asked);
    const inAnswers = Math.max(8, target - othersQuoted - (headline ? 1 : 0));
    const order = rng.sample(sections, sections.length);
    for (let i = 0; i < inAnswers; i++) {
      const s = order[i % order.length];
      if (s) this.quoteInterviewee(s, iv, C, prev, partner, colleagues, mentor, planned);
    }

    // Closing lines and the page's furniture.
    const journalist = rng.pick(JOURNALISTS);
    this.say(
      closing,
      asked ? `Propos recueillis par ${journalist}.` : `Portrait signé ${journalist}.`,
    );
    if (topChrome) {
      this.say(topChrome, `Accueil › ${asked ? 'Entretiens' : 'Portraits'} › ${C.sector.rubric}`);
    }
    const copyright = `© ${media.name} ${P.y}`;
    this.say(bottomChrome, `${copyright} – Tous droits réservés.`);
    if (publisher) this.touchOrg(publisher, copyright, 'journalist');
    const published = this.published(publishedAs, bottomChrome, outlook, asked);

    const paragraphs = this.paras
      .filter((p) => p.parts.length > 0)
      .map((p) => ({ text: p.parts.join(' '), kind: p.kind }));
    const notes: Note[] = [
      {
        fr: `Texte synthétique du générateur de corpus de Dossier (graine ${this.context.seed}, entretien ${this.context.index} sur ${this.context.total}) ; les personnes, entreprises et événements sont fictifs.`,
        en: `Synthetic text from the Dossier corpus generator (seed ${this.context.seed}, interview ${this.context.index} of ${this.context.total}); the people, companies and events are fictional.`,
      },
    ];
    if (topChrome)
      notes.push({
        fr: 'Le fil d’Ariane et la ligne de copyright appartiennent à l’habillage de la page web et sont affichés en grisé.',
        en: 'The breadcrumb and the copyright line are the web page’s furniture, shown dimmed.',
      });
    const source: Source = {
      id: this.sourceId,
      publication: media.name,
      publisher: publisher?.id ?? null,
      title: heading.parts.join(' '),
      language: 'fr',
      url: rng.chance(0.75)
        ? `https://${media.slug}.example/${asked ? 'entretiens' : 'portraits'}/${P.y}/${slugify(iv.name)}-${this.context.index}`
        : null,
      genre,
      published,
      subjects: [iv.id],
      transcriptionNotes: notes,
      paragraphs,
    };
    return {
      source,
      positions: this.positions,
      projects: this.projects,
      quotes: this.quotes,
      events: this.events,
      figures: this.figures,
      relations: this.relations,
      peopleInvolved: this.involved.size,
    };
  }

  private published(
    as: 'day' | 'month' | 'inferred',
    chrome: Para,
    outlook: Section,
    asked: boolean,
  ): FuzzyDate {
    const { P } = this;
    if (as === 'day') {
      const text = this.say(chrome, `Publié le ${P.d === 1 ? '1er' : P.d} ${monthFr(P.m)} ${P.y}.`);
      return {
        precision: 'day',
        value: `${P.y}-${String(P.m).padStart(2, '0')}-${String(P.d).padStart(2, '0')}`,
        certainty: 'stated',
        expression: text,
      };
    }
    if (as === 'month') {
      const text = this.say(chrome, `Mis en ligne en ${monthFr(P.m)} ${P.y}.`);
      return {
        precision: 'month',
        value: `${P.y}-${String(P.m).padStart(2, '0')}`,
        certainty: 'stated',
        expression: text,
      };
    }
    const phrase = outlook.ask.parts.find((part) => part.includes(String(P.y + 1))) ?? '';
    return {
      precision: 'year',
      value: String(P.y),
      certainty: 'inferred',
      expression: phrase,
      inference: {
        fr: `La page ne porte pas de date ; ${asked ? 'la question' : 'l’intertitre'} « ${phrase} » se projette en ${P.y + 1} : l’entretien est donc daté de ${P.y}.`,
        en: `The page carries no date; the ${asked ? 'question' : 'intertitle'} “${phrase}” looks ahead to ${P.y + 1}, so the interview is dated ${P.y}.`,
      },
    };
  }

  // ——— Sentences about people ———

  private introduce(iv: Human, s: Stint, lead: Para, media: Media): Position {
    const { rng, P } = this;
    const role = roleOf(iv, s);
    const variant = rng.weighted<'since' | 'is' | 'met'>([
      ['since', 5],
      ['is', 3],
      ['met', 2],
    ]);
    const years = Math.max(1, P.y - iv.careerStart.y);
    if (variant === 'met') {
      const passage = this.say(
        lead,
        `${iv.name}, ${role}, a reçu ${media.name} dans ses bureaux ${de(s.company.city.name)}.`,
      );
      return this.touchStint(iv, s, passage, 'journalist');
    }
    const since = this.date(s.start, 'since');
    const passage = this.say(
      lead,
      variant === 'since'
        ? `${ucfirst(role)} ${since.text}, ${iv.name} revient sur ${years === 1 ? 'un an' : `${frenchNumber(years)} ans`} de carrière.`
        : `${iv.name} est ${role} ${since.text}.`,
    );
    const position = this.touchStint(iv, s, passage, 'journalist', { start: since.date });
    if (variant === 'since' && rng.chance(0.5)) {
      this.figure(
        { kind: 'person', id: iv.id },
        { fr: 'Années de carrière', en: 'Years of career' },
        years,
        {},
        { fr: 'ans', en: 'years' },
        this.asOfPublication(),
        passage,
        'journalist',
      );
    }
    if (rng.chance(0.5)) {
      const promoted = iv.stints.some((other) => other !== s && other.company === s.company);
      const org = orgOfStint(s);
      this.event(
        promoted ? 'milestone' : 'hire',
        promoted
          ? { fr: `${iv.name} devient ${titleOf(iv, s)}`, en: `${iv.name} becomes ${s.title.en}` }
          : {
              fr: `${iv.name} rejoint ${s.company.name}`,
              en: `${iv.name} joins ${s.company.name}`,
            },
        since.date,
        { people: [iv], orgs: [org] },
        passage,
        'inferred',
        {
          fr: `${iv.name} occupe le poste « ${since.text} » ; la prise de poste est datée d’après.`,
          en: `${iv.name} has held the post “${since.text}”; taking up the post is dated from it.`,
        },
      );
    }
    return position;
  }

  private narratePast(h: Human, s: Stint, before: Stint | null, para: Para): void {
    const { rng } = this;
    const firstPerson = para.pov === 'first';
    const voice = voiceOf(para);
    const end = s.end ?? s.plannedEnd;
    const C = s.company.name;
    const t = asTitle(h, s);
    const who = this.who(para, h);
    const g = e(h.gender);
    const promoted = before !== null && before.company === s.company;
    const sy = s.start.y;
    const ey = end.y;
    const variant = rng.weighted<'join' | 'debut' | 'leave' | 'years' | 'until' | 'nodate'>([
      ['join', 5],
      [before === null ? 'debut' : 'leave', 3],
      ['years', sy < ey ? 2 : 0],
      ['until', 1.5],
      ['nodate', 0.7],
    ]);
    let passage: string;
    let start: FuzzyDate | null = null;
    let finish: FuzzyDate | null = null;
    if (variant === 'join' || (variant === 'leave' && (before === null || promoted))) {
      const S = this.date(s.start, 'at');
      const E = this.date(end, 'until');
      start = S.date;
      finish = E.date;
      passage = promoted
        ? firstPerson
          ? `${ucfirst(S.text)}, j’ai été nommé${g} ${roleOf(h, s)}, poste que j’ai occupé ${E.text}.`
          : `${ucfirst(S.text)}, ${who} est nommé${g} ${roleOf(h, s)}, poste qu’${pronoun(h.gender)} occupe ${E.text}.`
        : firstPerson
          ? `${ucfirst(S.text)}, j’ai rejoint ${C} comme ${t}, et j’y suis resté${g} ${E.text}.`
          : `${ucfirst(S.text)}, ${who} rejoint ${C} comme ${t}, poste qu’${pronoun(h.gender)} occupe ${E.text}.`;
    } else if (variant === 'debut') {
      const S = this.date(s.start, 'at');
      const E = this.date(end, 'until');
      start = S.date;
      finish = E.date;
      passage = firstPerson
        ? `J’ai commencé ma carrière chez ${C} ${S.text}, comme ${t}, et j’y suis resté${g} ${E.text}.`
        : `${ucfirst(who)} commence sa carrière ${S.text} chez ${C}, comme ${t}, et y reste ${E.text}.`;
    } else if (variant === 'leave' && before !== null) {
      const S = this.date(s.start, 'at');
      start = S.date;
      const left = before.company.name;
      passage = firstPerson
        ? `${ucfirst(S.text)}, j’ai quitté ${left} pour rejoindre ${C} comme ${t}.`
        : `${ucfirst(S.text)}, ${who} quitte ${left} pour rejoindre ${C} comme ${t}.`;
      if (before.record) {
        this.touchStint(h, before, passage, voice, { end: S.date });
        if (rng.chance(0.3)) {
          this.event(
            'departure',
            { fr: `${h.name} quitte ${left}`, en: `${h.name} leaves ${left}` },
            S.date,
            { people: [h], orgs: [before.company] },
            passage,
            voice,
          );
        }
      }
    } else if (variant === 'years') {
      const expression = `De ${sy} à ${ey}`;
      start = statedYear(sy, expression);
      finish = statedYear(ey, expression);
      passage = firstPerson
        ? `${expression}, j’ai été ${roleAt(h, s)}.`
        : `${expression}, ${who} est ${roleAt(h, s)}.`;
    } else if (variant === 'until') {
      const E = this.date(end, 'until');
      finish = E.date;
      const then = para.parts.length > 0;
      passage = firstPerson
        ? `J’ai ${then ? 'ensuite ' : ''}été ${roleAt(h, s)} ${E.text}.`
        : `${ucfirst(who)} ${then ? 'est ensuite' : 'a été'} ${roleAt(h, s)} ${E.text}.`;
    } else {
      passage = firstPerson
        ? `Je suis aussi passé${g} par ${C}, comme ${t}.`
        : `${ucfirst(who)} passe aussi par ${C}, comme ${t}.`;
    }
    this.say(para, passage);
    this.touchStint(h, s, passage, voice, { start, end: finish });
    if (
      start &&
      (variant === 'join' || variant === 'debut' || variant === 'leave') &&
      rng.chance(0.35)
    ) {
      this.event(
        promoted ? 'milestone' : 'hire',
        promoted
          ? {
              fr: `${h.name} est nommé${g} ${titleOf(h, s)}`,
              en: `${h.name} is appointed ${s.title.en}`,
            }
          : { fr: `${h.name} rejoint ${C}`, en: `${h.name} joins ${C}` },
        start,
        { people: [h], orgs: [orgOfStint(s)] },
        passage,
        voice,
      );
    }
  }

  /** Posts this interview learns have ended: "Elle a quitté Belcourt en 2014." */
  private closeEnded(h: Human, para: Para): void {
    for (const s of h.stints) {
      if (!s.record?.current || s.end === null || compareMoments(s.end, this.P) > 0) continue;
      const E = this.date(s.end, 'at');
      const passage = this.say(para, `${h.name} a quitté ${s.company.name} ${E.text}.`);
      this.touchStint(h, s, passage, 'journalist', { end: E.date });
      if (this.rng.chance(0.5)) {
        this.event(
          'departure',
          { fr: `${h.name} quitte ${s.company.name}`, en: `${h.name} leaves ${s.company.name}` },
          E.date,
          { people: [h], orgs: [s.company] },
          passage,
          'journalist',
        );
      }
    }
  }

  private sinceClause(s: Stint): { text: string; date: FuzzyDate | null } {
    if (!this.rng.chance(0.4)) return { text: '', date: null };
    const since = this.date(s.start, 'since');
    return { text: ` ${since.text}`, date: since.date };
  }

  private reportsToBoss(
    iv: Human,
    ivPosition: Position,
    C: Company,
    boss: Human | null,
    para: Para,
  ): void {
    const who = ucfirst(this.who(para, iv));
    if (boss) {
      const s = current(boss);
      const passage = this.say(para, `${who} rend compte à ${boss.name}, ${roleOf(boss, s)}.`);
      const position = this.touchStint(boss, s, passage, 'journalist');
      this.cite(ivPosition, passage, 3);
      if (!ivPosition.reportsTo.includes(position.id) && position.id !== ivPosition.id)
        ivPosition.reportsTo.push(position.id);
      this.closeEnded(boss, para);
      return;
    }
    const passage = this.say(
      para,
      `${who} rend compte directement à la direction générale ${de(C.name)}.`,
    );
    this.touchOrg(C, passage, 'journalist');
    if (C.vacantCeo) {
      this.cite(C.vacantCeo, passage);
    } else {
      C.vacantCeo = {
        id: this.nextId('position'),
        person: null,
        organization: C.id,
        title: { fr: 'directeur général', en: 'Chief Executive Officer' },
        description: {
          fr: `La direction générale ${de(C.name)}, dont le titulaire n’est pas nommé.`,
          en: `The chief executive’s post at ${C.name}, whose holder is not named.`,
        },
        start: null,
        end: null,
        current: true,
        currentBasis: {
          certainty: 'inferred',
          inference: {
            fr: 'Le texte en parle au présent ; que le poste soit pourvu est déduit.',
            en: 'The text speaks of it in the present tense; that the post is held is inferred.',
          },
        },
        reportsTo: [],
        voice: 'inferred',
        inference: {
          fr: `Le texte dit que ${iv.name} rend compte à la direction générale de ${C.name} ; le poste de directeur général est déduit, son titulaire n’est pas nommé.`,
          en: `The text says ${iv.name} reports to ${C.name}’s general management; the chief executive’s post is inferred, its holder not named.`,
        },
        evidence: [this.ev(passage)],
      };
      this.positions.push(C.vacantCeo);
    }
    this.cite(ivPosition, passage, 3);
    if (!ivPosition.reportsTo.includes(C.vacantCeo.id)) ivPosition.reportsTo.push(C.vacantCeo.id);
  }

  private introduceColleague(h: Human, iv: Human, ivPosition: Position, para: Para): void {
    const { rng } = this;
    const s = current(h);
    const since = this.sinceClause(s);
    const reports = s.title.level < current(iv).title.level && rng.chance(0.6);
    const role = `${roleOf(h, s)}${since.text}`;
    let passage: string;
    const g = e(iv.gender);
    const leans = rng.pick([
      ['Je m’appuie beaucoup sur', 's’appuie sur'],
      ['Je peux compter sur', 'peut compter sur'],
      ['Je travaille étroitement avec', 'travaille étroitement avec'],
      [`J’ai la chance d’être entouré${g}`, `est entouré${g}`],
    ] as const);
    const whom = leans[1].startsWith('est entouré') ? de(h.name) : h.name;
    if (para.pov === 'first') {
      passage = reports
        ? `${h.name}, ${role}, me rend compte directement.`
        : `${leans[0]} ${whom}, ${role}.`;
    } else {
      passage = reports
        ? `${h.name}, ${role}, lui rend compte directement.`
        : `${ucfirst(this.who(para, iv))} ${leans[1]} ${whom}, ${role}.`;
    }
    this.say(para, passage);
    const position = this.touchStint(h, s, passage, voiceOf(para), { start: since.date });
    if (reports && position.id !== ivPosition.id && !position.reportsTo.includes(ivPosition.id)) {
      position.reportsTo.push(ivPosition.id);
    }
    this.closeEnded(h, para);
  }

  private introduceMentor(h: Human, iv: Human, prev: Company, para: Para): void {
    const s = current(h);
    const text =
      para.pov === 'first'
        ? `${h.name}, que j’ai connu${e(h.gender)} chez ${prev.name}, est aujourd’hui ${roleOf(h, s)}.`
        : `${iv.name} a connu ${h.name} chez ${prev.name} ; ${pronoun(h.gender)} est aujourd’hui ${roleOf(h, s)}.`;
    this.say(para, text);
    this.touchOrg(prev, text, voiceOf(para));
    this.touchStint(h, s, text, voiceOf(para));
    this.closeEnded(h, para);
  }

  private quoteOther(h: Human, iv: Human, para: Para): void {
    const s = current(h);
    const template = this.pickTemplate(null, (need) => need === 'company' || need === 'other');
    if (!template) return;
    const params = this.params(h, s.company.name, null, null, iv.name, null);
    const { fr, en } = template.make(params);
    const original = stripPeriod(fr);
    const verb = this.rng.pick(SAY_VERBS);
    const passage = this.say(para, `« ${original} », ${verb} ${h.name}, ${roleOf(h, s)}.`);
    this.touchStint(h, s, passage, 'journalist');
    const about: string[] = [];
    if (template.needs.includes('company')) about.push(s.company.id);
    if (template.needs.includes('other')) about.push(iv.id);
    this.pushQuote(h, original, en, template, params, about, 'journalist');
  }

  // ——— The company ———

  private describeCompany(C: Company, para: Para, iv: Human): void {
    const { rng, P } = this;
    const firstTime = C.record === null || C.record.evidence.length < 2;
    if (firstTime || rng.chance(0.4)) {
      const F = this.date(C.founded, 'at', rng.chance(0.3));
      const alias = rng.chance(0.3);
      const adjective = C.sector.gender === 'f' ? C.city.f : C.city.m;
      const subject = alias ? `${C.sector.alias} ${adjective}` : C.name;
      const [value, qualifier, words] = this.quantity(C.employees);
      const passage = this.say(
        para,
        `${alias ? `Fondé${e(C.sector.gender)}` : 'Fondée'} ${F.text}, ${subject} emploie aujourd’hui ${words} personnes.`,
      );
      this.touchOrg(C, passage, 'journalist');
      if (rng.chance(0.7)) {
        this.event(
          'founding',
          { fr: `Fondation ${de(C.name)}`, en: `${C.name} is founded` },
          F.date,
          { orgs: [C] },
          passage,
          'journalist',
        );
      }
      this.figure(
        { kind: 'organization', id: C.id },
        { fr: 'Effectif', en: 'Headcount' },
        value,
        { qualifier },
        { fr: 'personnes', en: 'people' },
        this.asOfPublication(),
        passage,
        'journalist',
      );
    }
    if (rng.chance(0.4)) {
      const lastYear = rng.chance(0.5);
      const when = lastYear ? 'l’an dernier' : `en ${P.y - 1}`;
      const billions = C.revenue >= 1000;
      const value = billions ? Math.round(C.revenue / 100) / 10 : C.revenue;
      const unit = billions
        ? { fr: value >= 2 ? 'milliards d’euros' : 'milliard d’euros', en: 'billion euros' }
        : { fr: 'millions d’euros', en: 'million euros' };
      const passage = this.say(
        para,
        `${C.name} a réalisé ${when} un chiffre d’affaires de ${frenchDigits(value)} ${unit.fr}.`,
      );
      this.touchOrg(C, passage, 'journalist');
      this.figure(
        { kind: 'organization', id: C.id },
        { fr: 'Chiffre d’affaires', en: 'Revenue' },
        value,
        {},
        unit,
        lastYear
          ? {
              precision: 'year',
              value: String(P.y - 1),
              certainty: 'inferred',
              expression: when,
              inference: {
                fr: `L’entretien a paru en ${P.y} : « l’an dernier » est donc ${P.y - 1}.`,
                en: `The interview was published in ${P.y}, so “l’an dernier” is ${P.y - 1}.`,
              },
            }
          : statedYear(P.y - 1, when),
        passage,
        'journalist',
      );
    }
    const units = C.units.filter((u) => u.def.key !== 'france');
    if (units.length > 0 && rng.chance(0.3)) {
      const unit = rng.pick(units);
      const D = this.date(this.world.between(C.founded, addMonths(P, -2)), 'at');
      const [approx, words] = rng.pick(APPROXIMATE);
      const passage = this.say(
        para,
        `${ucfirst(unitThe(unit))}, créé${e(unitGender(unit))} ${D.text}, compte aujourd’hui ${words} de personnes.`,
      );
      this.touchOrg(unit, passage, 'journalist');
      this.event(
        'creation',
        { fr: `Création ${unit.def.of} ${de(C.name)}`, en: `${C.name} sets up its ${unit.def.en}` },
        D.date,
        { orgs: [unit] },
        passage,
        'journalist',
      );
      this.figure(
        { kind: 'organization', id: unit.id },
        { fr: 'Effectif', en: 'Headcount' },
        approx,
        { qualifier: 'about' },
        { fr: 'personnes', en: 'people' },
        this.asOfPublication(),
        passage,
        'journalist',
      );
    }
    if (rng.chance(0.25)) {
      const decision = rng.pick(DECISIONS);
      const from =
        compareMoments(C.founded, { y: P.y - 10, m: 1, d: 1 }) > 0
          ? C.founded
          : { y: P.y - 10, m: 1, d: 1 };
      const D = this.date(this.world.between(from, addMonths(P, -1)), 'at');
      const passage = this.say(
        para,
        `${ucfirst(D.text)}, la direction générale ${de(C.name)} décide de ${decision.fr}.`,
      );
      this.touchOrg(C, passage, 'journalist');
      this.event(
        'decision',
        { fr: `${C.name} décide de ${decision.fr}`, en: `${C.name} decides to ${decision.en}` },
        D.date,
        { orgs: [C], people: rng.chance(0.3) ? [iv] : [] },
        passage,
        'journalist',
      );
    }
  }

  /** A number as the press gives it: "quelque 3 200", "plus de 500", "à peine 40". */
  private quantity(n: number): [number, Figure['qualifier'], string] {
    const qualifier = this.rng.weighted<Figure['qualifier']>([
      ['exact', 3],
      ['about', 3],
      ['more-than', 2],
      ['barely', 1],
    ]);
    const words = {
      exact: '',
      about: this.rng.chance(0.5) ? 'quelque ' : 'environ ',
      'more-than': 'plus de ',
      barely: 'à peine ',
      range: '',
    }[qualifier];
    return [n, qualifier, `${words}${frenchDigits(n)}`];
  }

  private contextEvent(iv: Human, C: Company, para: Para): void {
    const { rng, P } = this;
    const options = CONTEXT_EVENTS.filter((c) => c.year >= iv.careerStart.y && c.year < P.y);
    if (options.length === 0 || !rng.chance(0.45)) return;
    const c = rng.pick(options);
    const passage = this.say(
      para,
      para.pov === 'first'
        ? `Avec ${c.fr}, nous avons dû revoir toutes nos priorités.`
        : `${ucfirst(c.fr)}${c.fr.includes(',') ? ',' : ''} oblige ${iv.name} à revoir ses priorités.`,
    );
    const pad = (n: number): string => String(n).padStart(2, '0');
    const date: FuzzyDate =
      c.day !== null && c.month !== null
        ? {
            precision: 'day',
            value: `${c.year}-${pad(c.month)}-${pad(c.day)}`,
            certainty: 'stated',
            expression: c.fr,
          }
        : c.month !== null
          ? {
              precision: 'month',
              value: `${c.year}-${pad(c.month)}`,
              certainty: 'stated',
              expression: c.fr,
            }
          : c.fr.includes('fin ')
            ? {
                precision: 'year',
                value: String(c.year),
                part: 'late',
                certainty: 'stated',
                expression: c.fr,
              }
            : { precision: 'year', value: String(c.year), certainty: 'stated', expression: c.fr };
    this.touchPerson(iv, passage, voiceOf(para));
    this.event(
      'context',
      c.title,
      date,
      { people: [iv], orgs: rng.chance(0.5) ? [C] : [] },
      passage,
      voiceOf(para),
    );
  }

  private review(iv: Human, C: Company, para: Para): void {
    const passage = this.say(
      para,
      `Peu après son arrivée, ${iv.name} engage une revue complète des projets en cours.`,
    );
    this.event(
      'decision',
      {
        fr: `${iv.name} engage une revue des projets ${de(C.name)}`,
        en: `${iv.name} launches a review of ${C.name}’s projects`,
      },
      null,
      { people: [iv], orgs: [C] },
      passage,
      'journalist',
    );
  }

  private teamFacts(s: Stint, C: Company, para: Para): void {
    const { rng, P } = this;
    const org = orgOfStint(s);
    if (rng.chance(0.7)) {
      let passage: string;
      let value: number;
      let extra: { upTo?: number; qualifier?: Figure['qualifier'] };
      if (rng.chance(0.6)) {
        const [n, fr] = rng.pick(APPROXIMATE);
        value = n;
        extra = { qualifier: 'about' };
        passage =
          para.pov === 'first'
            ? `Mon équipe compte ${fr} de personnes.`
            : `Son équipe compte ${fr} de personnes.`;
      } else {
        value = rng.int(6, 30);
        extra = { upTo: value + rng.int(2, 8), qualifier: 'range' };
        passage =
          para.pov === 'first'
            ? `Selon les périodes, nous sommes entre ${value} et ${extra.upTo} à travailler sur ces sujets.`
            : `Selon les périodes, son équipe compte entre ${value} et ${extra.upTo} personnes.`;
      }
      this.say(para, passage);
      this.figure(
        { kind: 'organization', id: org.id },
        { fr: 'Taille de l’équipe', en: 'Team size' },
        value,
        extra,
        { fr: 'personnes', en: 'people' },
        this.asOfPublication(),
        passage,
        voiceOf(para),
      );
    }
    const units = C.units.filter((u) => u !== s.unit && u.def.key !== 'france');
    if (s.unit && units.length > 0 && rng.chance(0.35)) {
      const from = rng.pick(units);
      const D = this.date(this.world.between(addMonths(P, -60), addMonths(P, -1)), 'at');
      const passage = this.say(
        para,
        para.pov === 'first'
          ? `${ucfirst(D.text)}, une partie des équipes ${from.def.of} nous a rejoints.`
          : `${ucfirst(D.text)}, une partie des équipes ${from.def.of} ${de(C.name)} a rejoint ${unitThe(s.unit)}.`,
      );
      this.relation(
        from,
        s.unit,
        'team-transfer',
        {
          fr: `Une partie des équipes ${from.def.of} rejoint ${s.unit.def.the}.`,
          en: `Part of the ${from.def.en}’s staff moves to the ${s.unit.def.en}.`,
        },
        { start: D.date },
        passage,
        voiceOf(para),
      );
    }
  }

  private partnerFacts(
    C: Company,
    partner: Company,
    contact: Human | null,
    para: Para,
    planned: PlannedProject[],
  ): void {
    const { rng, P } = this;
    const first = para.pov === 'first';
    const voice = voiceOf(para);
    const pilotProject = planned.find((p) => p.status === 'pilot' || p.status === 'in-progress');
    const kind = rng.weighted<
      'customer' | 'partner' | 'pilot' | 'discussion' | 'works-with' | 'uses' | 'ended'
    >([
      ['customer', 3],
      ['partner', 2],
      ['pilot', pilotProject ? 1.5 : 0],
      ['discussion', 1],
      ['works-with', 1.5],
      ['uses', 1.2],
      ['ended', P.y - 2 > Math.max(C.founded.y, partner.founded.y) ? 1 : 0],
    ]);
    const floor = [C.founded, partner.founded, { y: P.y - 12, m: 1, d: 1 }].reduce((a, b) =>
      compareMoments(a, b) > 0 ? a : b,
    );
    const startMoment = this.world.between(floor, addMonths(P, -1));
    const X = partner.name;
    const ofX = de(X);
    const customerOf = {
      fr: `${C.name} est client ${ofX}.`,
      en: `${C.name} is a customer of ${X}.`,
    };
    if (kind === 'customer') {
      const S = this.date(startMoment, 'since');
      const passage = this.say(
        para,
        first ? `Nous sommes clients ${ofX} ${S.text}.` : `${C.name} est client ${ofX} ${S.text}.`,
      );
      this.relation(partner, C, 'customer', customerOf, { start: S.date }, passage, voice);
    } else if (kind === 'partner') {
      const S = this.date(startMoment, 'at');
      const passage = this.say(
        para,
        first
          ? `Nous avons noué un partenariat avec ${X} ${S.text}.`
          : `${ucfirst(S.text)}, ${C.name} a noué un partenariat avec ${X}.`,
      );
      this.relation(
        C,
        partner,
        'partner',
        {
          fr: `Partenariat entre ${C.name} et ${X}.`,
          en: `Partnership between ${C.name} and ${X}.`,
        },
        { start: S.date },
        passage,
        voice,
      );
    } else if (kind === 'pilot' && pilotProject) {
      const passage = this.say(
        para,
        first
          ? `Nous menons un pilote avec ${X} autour ${de(pilotProject.code)}.`
          : `${C.name} mène un pilote avec ${X} autour ${de(pilotProject.code)}.`,
      );
      if (!pilotProject.orgs.includes(partner)) pilotProject.orgs.push(partner);
      this.relation(
        partner,
        C,
        'pilot',
        {
          fr: `Pilote mené par ${C.name} avec ${X} autour ${de(pilotProject.code)}.`,
          en: `Pilot run by ${C.name} with ${X} on ${pilotProject.code}.`,
        },
        {},
        passage,
        voice,
      );
    } else if (kind === 'discussion') {
      const passage = this.say(
        para,
        first
          ? `Nous sommes en discussion avec ${X}, mais rien n’est signé.`
          : `${C.name} discute avec ${X}, sans accord à ce stade.`,
      );
      this.relation(
        C,
        partner,
        'discussion',
        {
          fr: `Discussions entre ${C.name} et ${X}, sans accord signé.`,
          en: `Talks between ${C.name} and ${X}, with nothing signed.`,
        },
        {},
        passage,
        voice,
      );
    } else if (kind === 'works-with') {
      const passage = this.say(
        para,
        first
          ? `Nous travaillons régulièrement avec ${X}.`
          : `${C.name} travaille de longue date avec ${X}.`,
      );
      this.relation(
        C,
        partner,
        'works-with',
        { fr: `${C.name} travaille avec ${X}.`, en: `${C.name} works with ${X}.` },
        {},
        passage,
        voice,
      );
    } else if (kind === 'uses') {
      const passage = this.say(
        para,
        first
          ? `Nous utilisons les outils ${ofX} au quotidien.`
          : `Les équipes ${de(C.name)} utilisent les outils ${ofX} au quotidien.`,
      );
      this.touchOrg(partner, passage, voice);
      this.relation(partner, C, 'customer', customerOf, {}, passage, 'inferred', {
        fr: `Utiliser les outils de ${X} au quotidien fait de ${C.name} son client ; le texte ne le dit pas en ces termes.`,
        en: `Using ${X}’s tools every day makes ${C.name} its customer; the text does not say so in as many words.`,
      });
    } else {
      const ys = Math.max(C.founded.y, partner.founded.y, P.y - 12) + 1;
      const ye = rng.int(Math.min(ys + 1, P.y - 1), P.y - 1);
      const expression = `de ${ys} à ${ye}`;
      const passage = this.say(
        para,
        first
          ? `Nous avons été clients ${ofX} ${expression}.`
          : `${C.name} a été client ${ofX} ${expression}.`,
      );
      this.relation(
        partner,
        C,
        'customer',
        { fr: `${C.name} a été client ${ofX}.`, en: `${C.name} was a customer of ${X}.` },
        { start: statedYear(ys, expression), end: statedYear(Math.max(ys, ye), expression) },
        passage,
        voice,
      );
    }
    if (contact) {
      const s = current(contact);
      const passage = this.say(
        para,
        first
          ? `Chez ${X}, c’est ${contact.name}, ${titleOf(contact, s)}, qui suit notre dossier.`
          : `Chez ${X}, ${contact.name}, ${titleOf(contact, s)}, suit le dossier.`,
      );
      this.touchStint(contact, s, passage, voice);
      this.closeEnded(contact, para);
    }
  }

  // ——— Projects ———

  private planProjects(
    C: Company,
    iv: Human,
    ivStint: Stint,
    colleagues: Human[],
    boss: Human | null,
    partner: Company | null,
  ): PlannedProject[] {
    const { rng, P } = this;
    const count = rng.weighted([
      [3, 3],
      [4, 4],
      [5, 3],
    ]);
    const codes = rng.sample(CODE_NAMES, count);
    const kinds = rng.sample(PROJECT_KINDS, count);
    const projects: PlannedProject[] = [];
    const earliest =
      compareMoments(ivStint.start, addMonths(P, -96)) > 0 ? ivStint.start : addMonths(P, -96);
    for (let i = 0; i < count; i++) {
      const code = codes[i];
      const kind = kinds[i];
      if (code === undefined || kind === undefined) break;
      const status = rng.weighted<ProjectStatus>([
        ['launched', 3],
        ['in-progress', 3],
        ['pilot', 1.5],
        ['planned', 1.5],
        ['completed', 1.5],
        ['ended', 0.7],
        ['negotiation', partner ? 0.8 : 0],
      ]);
      const owner = rng.chance(0.5) ? iv : rng.chance(0.85) ? rng.pick([...colleagues, iv]) : null;
      const ownerStint = owner ? current(owner) : null;
      const orgs: (Company | Unit)[] = [C];
      if (ownerStint && ownerStint.company === C && ownerStint.unit) orgs.push(ownerStint.unit);
      if (status === 'negotiation' && partner) orgs.push(partner);
      const helpers = [...colleagues, ...(boss ? [boss] : []), iv].filter((h) => h !== owner);
      const contributors = rng.sample(
        helpers,
        rng.weighted([
          [0, 4],
          [1, 3],
          [2, 2],
        ]),
      );
      let start: Moment | null = null;
      let end: Moment | null = null;
      if (status === 'planned') {
        start = addMonths(P, rng.int(3, 16));
      } else if (status !== 'negotiation') {
        start = this.world.between(earliest, addMonths(P, -2));
        if (status === 'completed' || status === 'ended')
          end = this.world.between(addMonths(start, 1), P);
      }
      projects.push({
        code,
        kind,
        status,
        orgs,
        owner,
        contributors,
        partOf: i > 0 && rng.chance(0.25) ? (projects[0] ?? null) : null,
        start,
        end,
        record: null,
      });
    }
    return projects;
  }

  private narrateProject(
    p: PlannedProject,
    iv: Human,
    C: Company,
    para: Para,
    ask: Para | null,
  ): void {
    const { rng } = this;
    const intro = ask ?? para;
    const first = intro.pov === 'first';
    const voice = voiceOf(intro);
    const { code, kind } = p;
    let S: DatePhrase | null = null;
    let passage: string;
    if (p.status === 'planned' && p.start) {
      S = this.date(p.start, 'at');
      passage = first
        ? `Nous lancerons ${code} ${S.text}, pour ${kind.goal.fr}.`
        : `Le projet ${code}, qui doit ${kind.goal.fr}, démarrera ${S.text}.`;
    } else if (p.status === 'negotiation') {
      const partner = p.orgs.find((o): o is Company => o.tag === 'company' && o !== C);
      passage = partner
        ? first
          ? `Nous négocions avec ${partner.name} pour ${code}, qui doit ${kind.goal.fr}.`
          : `Le projet ${code}, destiné à ${kind.goal.fr}, est en cours de négociation avec ${partner.name}.`
        : `Le projet ${code} doit ${kind.goal.fr}.`;
    } else if (p.start) {
      S = this.date(p.start, 'at');
      passage = first
        ? `Nous avons lancé ${code} ${S.text} pour ${kind.goal.fr}.`
        : `Lancé ${S.text}, le projet ${code} vise à ${kind.goal.fr}.`;
    } else {
      passage = `Le projet ${code} doit ${kind.goal.fr}.`;
    }
    this.say(intro, passage);
    for (const org of p.orgs) this.touchOrg(org, passage, voice);
    const record: Project = {
      id: this.nextId('project'),
      name: { fr: `${ucfirst(kind.fr)} ${code}`, en: `${code} ${kind.en}` },
      organizations: p.orgs.map((o) => o.id),
      owner: p.owner?.id ?? null,
      contributors: p.contributors.map((h) => h.id),
      partOf: p.partOf?.record?.id ?? null,
      status: p.status,
      statusBasis: STATED,
      start: S?.date ?? null,
      end: null,
      description: {
        fr: `${ucfirst(kind.fr)} ${de(C.name)}, pour ${kind.goal.fr}.`,
        en: `${C.name}’s ${kind.en}, to ${kind.goal.en}.`,
      },
      voice,
      evidence: [this.ev(passage)],
    };
    p.record = record;
    this.projects.push(record);
    if (S && p.status !== 'planned' && rng.chance(0.6)) {
      this.event(
        'launch',
        { fr: `Lancement du projet ${code}`, en: `Launch of the ${code} project` },
        S.date,
        { projects: [record], orgs: [C] },
        passage,
        voice,
      );
    }

    // Status.
    const fp = para.pov === 'first';
    const pv = voiceOf(para);
    if ((p.status === 'completed' || p.status === 'ended') && p.end) {
      const E = this.date(p.end, 'at');
      const cause = rng.pick(SETBACK_CAUSES);
      const line =
        p.status === 'completed'
          ? fp
            ? `Nous avons terminé ${code} ${E.text}.`
            : `Le projet ${code} s’est achevé ${E.text}.`
          : fp
            ? `Nous avons arrêté ${code} ${E.text}, ${cause}.`
            : `Le projet ${code} a été arrêté ${E.text}, ${cause}.`;
      this.say(para, line);
      record.end = E.date;
      this.cite(record, line);
      if (p.status === 'ended') {
        this.event(
          'setback',
          { fr: `Arrêt du projet ${code}`, en: `The ${code} project is stopped` },
          E.date,
          { projects: [record], orgs: [C] },
          line,
          pv,
        );
      }
    } else if (p.status === 'pilot' || p.status === 'in-progress') {
      const total = rng.int(8, 40);
      const done = rng.int(1, total - 1);
      const sites = C.sector.sites;
      const line =
        p.status === 'pilot'
          ? `Le pilote ${de(code)} couvre ${done} des ${total} ${sites.fr} ${de(C.name)}.`
          : `${code} est déjà déployé dans ${done} des ${total} ${sites.fr} ${de(C.name)}.`;
      this.say(para, line);
      this.cite(record, line);
      this.figure(
        { kind: 'project', id: record.id },
        {
          fr:
            p.status === 'pilot'
              ? `${ucfirst(sites.fr)} couverts par le pilote`
              : `${ucfirst(sites.fr)} équipés`,
          en:
            p.status === 'pilot'
              ? `${ucfirst(sites.en)} in the pilot`
              : `${ucfirst(sites.en)} equipped`,
        },
        done,
        { outOf: total },
        sites,
        this.asOfPublication(),
        line,
        'journalist',
      );
    }

    // Owner and contributors.
    if (p.owner) {
      const s = current(p.owner);
      const line =
        p.owner === iv
          ? fp
            ? rng.pick([
                `Je pilote ${code} moi-même.`,
                `Je suis personnellement ${code}.`,
                `${code}, c’est mon projet.`,
              ])
            : rng.pick([
                `${iv.name} pilote ${code} en personne.`,
                `${iv.name} suit ${code} de près.`,
                `${code} est piloté par ${iv.name}.`,
              ])
          : fp
            ? `C’est ${p.owner.name}, ${roleOf(p.owner, s)}, qui pilote ${code} au quotidien.`
            : `C’est ${p.owner.name}, ${roleOf(p.owner, s)}, qui pilote ${code}.`;
      this.say(para, line);
      this.cite(record, line);
      if (p.owner === iv) this.touchPerson(iv, line, pv);
      else this.touchStint(p.owner, s, line, pv);
    }
    if (p.contributors.length > 0) {
      const names = p.contributors.map((h) => h.name).join(' et ');
      const line = `${names} y ${p.contributors.length > 1 ? 'contribuent' : 'contribue'}.`;
      this.say(para, line);
      this.cite(record, line);
      for (const h of p.contributors) this.touchPerson(h, line, pv);
    }
    if (p.partOf?.record) {
      const line = fp
        ? `${code} est un volet ${de(p.partOf.code)}.`
        : `${code} est l’un des volets ${de(p.partOf.code)}.`;
      this.say(para, line);
      this.cite(record, line);
    }

    // A figure, sometimes.
    if (rng.chance(0.45) && p.status !== 'planned' && p.status !== 'negotiation') {
      const which = rng.pick(['budget', 'users', 'months', 'people'] as const);
      let line: string;
      if (which === 'budget') {
        const [value, qualifier, words] = this.quantity(rng.int(1, 60));
        line = `Le budget du projet ${code} atteint ${words} millions d’euros.`;
        this.figure(
          { kind: 'project', id: record.id },
          { fr: 'Budget', en: 'Budget' },
          value,
          { qualifier },
          { fr: 'millions d’euros', en: 'million euros' },
          this.asOfPublication(),
          line,
          pv,
        );
      } else if (which === 'users') {
        const value = rng.int(2, 400) * 100;
        line = `${code} compte déjà plus de ${frenchDigits(value)} utilisateurs.`;
        this.figure(
          { kind: 'project', id: record.id },
          { fr: 'Utilisateurs', en: 'Users' },
          value,
          { qualifier: 'more-than' },
          { fr: 'utilisateurs', en: 'users' },
          this.asOfPublication(),
          line,
          pv,
        );
        if (rng.chance(0.4)) {
          this.event(
            'milestone',
            {
              fr: `${code} dépasse les ${frenchDigits(value)} utilisateurs`,
              en: `${code} passes ${englishDigits(value)} users`,
            },
            this.asOfPublication(),
            { projects: [record] },
            line,
            pv,
          );
        }
      } else if (which === 'months') {
        const value = rng.int(4, 18);
        line = `${code} a été mis en place en à peine ${frenchNumber(value)} mois.`;
        this.figure(
          { kind: 'project', id: record.id },
          { fr: 'Durée de mise en place', en: 'Time to set up' },
          value,
          { qualifier: 'barely' },
          { fr: 'mois', en: 'months' },
          null,
          line,
          pv,
        );
      } else {
        const value = rng.int(4, 25);
        const upTo = value + rng.int(2, 10);
        line = `${code} mobilise entre ${value} et ${upTo} personnes.`;
        this.figure(
          { kind: 'project', id: record.id },
          { fr: 'Équipe projet', en: 'Project team' },
          value,
          { upTo, qualifier: 'range' },
          { fr: 'personnes', en: 'people' },
          this.asOfPublication(),
          line,
          pv,
        );
      }
      this.say(para, line);
      this.cite(record, line);
    }
  }

  // ——— Questions and quotes ———

  private ask(
    s: Section,
    iv: Human,
    C: Company,
    partner: Company | null,
    asked: boolean,
    datedByOutlook: boolean,
  ): void {
    const { rng, P } = this;
    const g = e(iv.gender);
    const code = s.project?.code ?? null;
    const topic = this.topics[0] ?? TOPICS[0];
    let options: string[];
    if (s.theme === 'career') {
      options = asked
        ? [
            `Comment êtes-vous arrivé${g} chez ${C.name} ?`,
            `Quel a été votre parcours avant de rejoindre ${C.name} ?`,
            `Qu’est-ce qui vous a convaincu${g} de rejoindre ${C.name} ?`,
          ]
        : ['Un parcours sans détour', 'Un parcours multifacette', `Le choix ${de(C.name)}`];
    } else if (s.theme === 'project') {
      options = code
        ? asked
          ? [
              `Où en est le projet ${code} ?`,
              `Pourquoi avoir lancé ${code} ?`,
              `Qu’attendez-vous ${de(code)} ?`,
            ]
          : [`Cap sur ${code}`, `${code}, le chantier phare`]
        : asked
          ? ['Quels sont vos grands chantiers ?']
          : ['Des chantiers tous azimuts'];
    } else if (s.theme === 'team') {
      options = asked
        ? [
            'Comment votre équipe est-elle organisée ?',
            'Avec qui travaillez-vous au quotidien ?',
            'Comment recrutez-vous ?',
          ]
        : ['L’équipe avant tout', 'Une équipe resserrée'];
    } else if (s.theme === 'partners') {
      options = asked
        ? [
            'Comment choisissez-vous vos partenaires ?',
            ...(partner ? [`Quelle est la nature de votre relation avec ${partner.name} ?`] : []),
            'Travaillez-vous avec des start-up ?',
          ]
        : ['Des partenaires choisis', 'Jouer collectif'];
    } else {
      const ahead = asked ? `Quelles sont vos priorités pour ${P.y + 1} ?` : `Cap sur ${P.y + 1}`;
      options = datedByOutlook
        ? [ahead]
        : asked
          ? [
              ahead,
              'Comment voyez-vous les cinq prochaines années ?',
              `Quelle place accordez-vous ${topic?.to ?? 'au numérique'} ?`,
            ]
          : [ahead, 'Et demain ?'];
    }
    this.say(s.ask, rng.pick(options));
  }

  private params(
    speaker: Human,
    company: string,
    code: string | null,
    partner: string | null,
    other: string | null,
    prev: string | null,
    topic?: Topic,
  ): QuoteParams {
    const { rng } = this;
    return {
      g: speaker.gender,
      company,
      code: code ?? '',
      partner: partner ?? '',
      other: other ?? '',
      prev: prev ?? '',
      topic: topic ?? rng.pick(this.topics),
      year: this.P.y,
      int: (min, max) => rng.int(min, max),
    };
  }

  /** An unused template of `theme` (any theme when that runs out) whose slots can all be filled. */
  private pickTemplate(
    theme: QuoteTheme | null,
    can: (need: QuoteNeed) => boolean,
  ): QuoteTemplate | null {
    const usable = QUOTE_TEMPLATES.filter(
      (t) =>
        !this.usedTemplates.has(t) &&
        (t.from === undefined || t.from <= this.P.y) &&
        t.needs.every((n) => n === 'topic' || can(n)),
    );
    const themed = usable.filter((t) => t.theme === theme);
    const pool = themed.length > 0 ? themed : usable;
    if (pool.length === 0) return null;
    const template = this.rng.pick(pool);
    this.usedTemplates.add(template);
    return template;
  }

  private pushQuote(
    speaker: Human,
    original: string,
    translation: string,
    template: QuoteTemplate,
    params: QuoteParams,
    about: string[],
    voice: Voice,
    inference?: Note,
  ): void {
    const topics = [...template.tags];
    if (template.needs.includes('topic')) topics.push(params.topic.id);
    if (topics.length === 0) topics.push('strategy');
    const voiced =
      voice === 'inferred' ? { voice, inference: inference ?? INFERRED_FROM_TEXT } : { voice };
    this.quotes.push({
      id: this.nextId('quote'),
      speaker: speaker.id,
      source: this.sourceId,
      original,
      translation,
      topics: [...new Set(topics)],
      about: [...new Set(about)],
      ...voiced,
      evidence: [this.ev(original)],
    });
  }

  private quoteInterviewee(
    s: Section,
    iv: Human,
    C: Company,
    prev: Company | null,
    partner: Company | null,
    colleagues: Human[],
    mentor: Human | null,
    planned: PlannedProject[],
  ): void {
    const { rng } = this;
    const project = s.project ?? (planned.length > 0 ? rng.pick(planned) : null);
    const other =
      mentor && s.theme === 'career'
        ? mentor
        : colleagues.length > 0
          ? rng.pick(colleagues)
          : mentor;
    const known = (thing: { record: unknown } | null): boolean =>
      thing !== null && thing.record !== null;
    const template = this.pickTemplate(
      s.theme,
      (need) =>
        need === 'company' ||
        (need === 'project' && known(project)) ||
        (need === 'live' &&
          project !== null &&
          project.status !== 'planned' &&
          project.status !== 'negotiation') ||
        (need === 'partner' && known(partner)) ||
        (need === 'other' && known(other)) ||
        (need === 'prev' && known(prev)),
    );
    if (!template) return;
    const params = this.params(
      iv,
      C.name,
      project?.code ?? null,
      partner?.name ?? null,
      other?.name ?? null,
      prev?.name ?? null,
      s.theme === 'outlook' ? this.topics[0] : undefined,
    );
    const { fr, en } = template.make(params);
    const about: string[] = [];
    if (template.needs.includes('company')) about.push(C.id);
    if (template.needs.includes('project') && project?.record) about.push(project.record.id);
    if (template.needs.includes('partner') && partner) about.push(partner.id);
    if (template.needs.includes('other') && other) about.push(other.id);
    if (template.needs.includes('prev') && prev) about.push(prev.id);
    let original: string;
    let sentence: string;
    if (s.answer.pov === 'first') {
      original = fr;
      sentence = fr;
    } else {
      original = stripPeriod(fr);
      sentence = `« ${original} », ${incise(rng.pick(SAY_VERBS), pronoun(iv.gender))}.`;
    }
    // Somewhere among the answer's facts, not always last.
    const at = rng.int(
      s.answer.pov === 'third' && s.answer.parts.length > 0 ? 1 : 0,
      s.answer.parts.length,
    );
    s.answer.parts.splice(at, 0, sentence);
    if (s.answer.pov === 'third') this.touchPerson(iv, sentence, 'journalist');
    this.pushQuote(
      iv,
      original,
      en,
      template,
      params,
      about,
      s.answer.pov === 'first' ? 'interviewee' : 'journalist',
    );
  }

  private headline(iv: Human, C: Company, s: Stint, heading: Para, asked: boolean): boolean {
    const { rng } = this;
    const short = QUOTE_TEMPLATES.filter(
      (t) =>
        !this.usedTemplates.has(t) &&
        t.needs.every((n) => n === 'company' || n === 'topic') &&
        (t.from === undefined || t.from <= this.P.y),
    );
    const template = short.length > 0 ? rng.pick(short) : null;
    const params = this.params(iv, C.name, null, null, null, null);
    const made = template?.make(params);
    const prefix = asked ? `${iv.name} (${C.name})` : `${iv.name}, ${roleOf(iv, s)}`;
    if (!template || !made || made.fr.length > 90) {
      const line = rng.pick(HEADLINES);
      this.say(heading, `${prefix} : « ${line.fr} »`);
      return false;
    }
    this.usedTemplates.add(template);
    const original = stripPeriod(made.fr);
    this.say(heading, `${prefix} : « ${original} »`);
    this.pushQuote(
      iv,
      original,
      made.en,
      template,
      params,
      template.needs.includes('company') ? [C.id] : [],
      'inferred',
      {
        fr: 'Le titre prête ces mots à la personne interrogée ; ils ne figurent pas dans ses réponses telles qu’imprimées.',
        en: 'The headline puts these words in the interviewee’s mouth; they do not appear in the answers as printed.',
      },
    );
    return true;
  }
}
