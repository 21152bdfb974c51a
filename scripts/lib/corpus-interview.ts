/**
 * One interview: a French text laid out as heading, lead, body, questions and answers (or
 * intertitles, in a profile), and the records it supports. Every sentence that states a fact
 * is written and cited in the same step, so each record's evidence is verbatim in the text.
 */
import type { FuzzyDate } from '../../src/domain/fuzzy-date.ts';
import { EventKindSchema, FigureSchema, RelationKindSchema } from '../../src/domain/records.ts';
import type {
  Bundle,
  DossierEvent,
  Evidence,
  Figure,
  Paragraph,
} from '../../src/domain/records.ts';
import type { Project, ProjectStatus, Source, Voice } from '../../src/domain/records.ts';
import {
  addMonths,
  asOfPublication,
  before,
  fill,
  inWords,
  iso,
  monthFr,
} from './corpus-french.ts';
import { monthIndex, nf, ucfirst, when, type Dated, type Moment } from './corpus-french.ts';
import type { Rng } from './corpus-random.ts';
import * as W from './corpus-words.ts';
import {
  at,
  CEO,
  of,
  titleOf,
  type Human,
  type Org,
  type Stint,
  type World,
} from './corpus-world.ts';

export interface InterviewContext {
  index: number;
  total: number;
  seed: number;
  published: Moment;
  /** Digits in interview ids. */
  width: number;
}
export type InterviewRecords = Required<Omit<Bundle, 'export' | 'people' | 'organizations'>>;
type Para = { kind: Paragraph['kind']; parts: string[] };
type Refs = Partial<Pick<DossierEvent, 'people' | 'organizations' | 'projects'>>;
type Slots = Record<string, string>;

/** Passages one record takes from one source, and in all. */
const [PER_SOURCE, EVIDENCE_CAP] = [2, 12];
const SAY = new Map<string, string[][]>();
for (const [key = '', ...rest] of W.SAY) SAY.set(key, [...(SAY.get(key) ?? []), rest]);
const QUOTES = W.QUOTES.map(([theme = '', topics = '', fr = '', en = '']) => {
  return { theme, topics: topics.split(','), fr, en };
});
type QuoteRow = (typeof QUOTES)[number];
const THEMES = ['career', 'team', 'project', 'outlook'];

function between(rng: Rng, a: Moment, b: Moment): Moment {
  const i = rng.int(monthIndex(a), Math.max(monthIndex(a), monthIndex(b) - 1));
  return { y: Math.floor(i / 12), m: (i % 12) + 1, d: rng.int(1, 28) };
}
const statedYear = (value: string, expression: string): FuzzyDate => {
  return { precision: 'year', value, certainty: 'stated', expression };
};

export function generateInterview(world: World, ctx: InterviewContext): InterviewRecords {
  const { rng } = world;
  const P = ctx.published;
  const num = String(ctx.index).padStart(ctx.width, '0');
  const src = `interview-${num}`;
  const lists = { sources: [], positions: [], projects: [], quotes: [], events: [] };
  const out: InterviewRecords = { ...lists, figures: [], relations: [] };
  const counts = new Map<string, number>();
  const paras: Para[] = [];
  const para = (kind: Para['kind']): Para => {
    const p = { kind, parts: [] };
    paras.push(p);
    return p;
  };
  const voiceOf = (p: Para): Voice => (p.kind === 'answer' ? 'interviewee' : 'journalist');
  const cite = (record: { evidence: Evidence[] }, passage: string): void => {
    const here = record.evidence.filter((e) => e.source === src);
    if (here.length >= PER_SOURCE || record.evidence.length >= EVIDENCE_CAP) return;
    if (!here.some((e) => e.passage === passage)) record.evidence.push({ source: src, passage });
  };
  /** What every record has: an id, its voice, its first passage. */
  const sourced = (kind: string, passage: string, voice: Voice) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const id = `i${num}-${kind}-${String(n).padStart(2, '0')}`;
    return { id, voice, evidence: [{ source: src, passage }] };
  };

  const genre = rng.weighted<Source['genre']>(['interview', 'profile', 'article'], [75, 20, 5]);
  const asked = genre === 'interview';
  const S = world.subject(P);
  S.interviewed = true;
  const stint = (h: Human): Stint => {
    const s = world.stintAt(h, P);
    if (!s) throw new Error(`corpus generator: ${h.id} has no post in ${P.y}`);
    return s;
  };
  const now = stint(S);
  const C = now.company;
  const base = { N: S.name, C: C.name, Y: String(P.y + 1), y: String(P.y) };
  const atC = { organizations: [C.id] };

  /** A row of SAY (or `key` itself as a template), its fields filled. */
  const line = (key: string, slots: Slots = {}): string[] => {
    const row = rng.pick(SAY.get(key) ?? [[key]]);
    return row.map((text) => ucfirst(fill(text, { ...base, ...slots })));
  };
  /** Writes a sentence into `p`, in its person: `[first|third]`, {il} and {e} agreeing with `g`. */
  const say = (p: Para, key: string, slots: Slots = {}, g = S.gender): string => {
    const agree = { il: g === 'f' ? 'elle' : 'il', e: g === 'f' ? 'e' : '' };
    const pov = (_: string, a: string, b: string) => (p.kind === 'answer' ? a : b);
    const [filled = ''] = line(key, { ...agree, ...slots });
    const sentence = filled.replace(/\[([^|\]]*)\|([^\]]*)\]/g, pov);
    p.parts.push(ucfirst(sentence));
    return ucfirst(sentence);
  };
  const event = (kind: string, title: string[], date: FuzzyDate | null, text: string, p: Para) => {
    const [fr = '', en = ''] = title;
    const fields = { kind: EventKindSchema.parse(kind), title: { fr, en }, date };
    const lists = { people: [], organizations: [], projects: [] };
    const e: DossierEvent = { ...sourced('event', text, voiceOf(p)), ...fields, ...lists };
    out.events.push(e);
    return (refs: Partial<DossierEvent>): DossierEvent => Object.assign(e, refs);
  };
  const figure = (text: string, p: Para, fields: Omit<Figure, 'id' | 'voice' | 'evidence'>) => {
    out.figures.push({ ...sourced('figure', text, voiceOf(p)), ...fields });
  };
  const touchOrg = (org: Org, passage: string, v: Voice): void => {
    const { id, name, kind, description } = org;
    const [aliases, parent] = [kind === 'company' ? [org.the] : [], org.parent?.id ?? null];
    org.record ??= { id, name, aliases, kind, parent, description, voice: v, evidence: [] };
    cite(org.record, passage);
    if (org.parent) touchOrg(org.parent, passage, v);
  };
  const touchPerson = (h: Human, passage: string, p: Para): void => {
    if (!h.record) world.people.push(h);
    const summary = { fr: h.name, en: h.name };
    h.record ??= { id: h.id, name: h.name, summary, voice: voiceOf(p), evidence: [] };
    cite(h.record, passage);
    // Posts recorded as current that have ended since: the text says so.
    for (const s of h.stints.filter((s) => s.record?.current && before(s.end, P))) {
      const d = when(rng, s.end, P);
      const slots = { X: h.name, O: s.company.name, D: d.text };
      const text = say(p, 'left', slots);
      Object.assign(s.record ?? {}, { current: false, end: d.date });
      for (const record of [s.record, h.record]) if (record) cite(record, text);
      const refs = { people: [h.id], organizations: [s.company.id] };
      if (rng.chance(0.3)) event('departure', line('leaves', slots), d.date, text, p)(refs);
    }
  };
  /** The record of a post, made on its first citation; dates fill in as texts give them. */
  const post = (h: Human, s: Stint, text: string, p: Para, start?: Dated, end?: Dated) => {
    const org = s.unit ?? s.company;
    touchOrg(org, text, voiceOf(p));
    const title = { fr: titleOf(h, s), en: s.title.en };
    const where = s.unit ? `${s.company.name}’s ${s.unit.en}` : s.company.name;
    const description = { fr: `${ucfirst(title.fr)} ${of(s)}.`, en: `${title.en}, ${where}.` };
    const fields = { person: h.id, organization: org.id, title, description, reportsTo: [] };
    const dates = { current: !before(s.end, P), start: null, end: null };
    if (!s.record)
      out.positions.push(
        (s.record = { ...sourced('position', text, voiceOf(p)), ...fields, ...dates }),
      );
    cite(s.record, text);
    if (start && s.record.start === null) s.record.start = start.date;
    if (end && s.record.end === null && !s.record.current) s.record.end = end.date;
    touchPerson(h, text, p);
    return s.record;
  };

  // The cast: the interviewee, maybe their boss, colleagues, a partner company and its contact.
  const taken = new Set<Human>([S]);
  const ceoAt = (h: Human): boolean => world.stintAt(h, P)?.company === C && stint(h).title === CEO;
  const led = now.title.level < 3;
  let boss = led && rng.chance(0.6) ? (C.staff.find((h) => h !== S && ceoAt(h)) ?? null) : null;
  if (!boss && led && rng.chance(0.27)) boss = world.person(P, C, CEO);
  if (boss) taken.add(boss);
  const size = rng.weighted([2, 3, 4], [3, 4, 2]);
  const colleagues = Array.from({ length: size }, () => world.staffAt(C, P, taken));
  const D = rng.chance(0.9) ? world.companyAt(P, C) : null;
  const contact = D && rng.chance(0.75) ? world.staffAt(D, P, taken) : null;
  const past = S.stints.filter((s) => !before(P, s.end)).slice(-rng.int(2, 5));
  const former = [...past].reverse().find((s) => s.company !== C)?.company ?? null;

  // Layout, in reading order; paragraphs are filled below in any order, empty ones dropped.
  const topChrome = rng.chance(0.4) ? para('chrome') : null;
  const [heading, lead, careerBody, companyBody] = (
    ['heading', 'lead', 'body', 'body'] as const
  ).map(para);
  const themes = ['career', 'team', 'project', ...(rng.chance(0.5) ? ['project'] : []), 'outlook'];
  const sections = themes.map((theme) => {
    const [ask, answer] = [para(asked ? 'question' : 'heading'), para(asked ? 'answer' : 'body')];
    return { theme, ask, answer, code: '' };
  });
  const [entourage, closing, bottomChrome] = (['body', 'body', 'chrome'] as const).map(para);
  if (!heading || !lead || !careerBody || !companyBody || !entourage || !closing || !bottomChrome)
    throw new Error('corpus generator: missing paragraph');
  const answerOf = (theme: string): Para => sections.find((s) => s.theme === theme)?.answer ?? lead;
  const outlook = sections[sections.length - 1] ?? { theme: '', ask: lead, answer: lead, code: '' };

  // Lead: the interviewee's post, and maybe when they took it up.
  const since = when(rng, now.start, P, true);
  const n = inWords(Math.max(3, P.y - (S.stints[0]?.start.y ?? P.y)));
  const leadText = say(lead, 'lead', { T: titleOf(S, now), of: of(now), D: since.text, n });
  const own = post(S, now, leadText, lead, since);
  if (rng.chance(0.3)) {
    const [inference = ''] = line('why-hire', { D: since.text });
    const date: FuzzyDate = { ...since.date, certainty: 'inferred', inference };
    const hire = event('hire', line('hire'), date, leadText, lead);
    hire({ people: [S.id], ...atC, voice: 'inferred', inference });
  }

  // The projects, planned now so that the lead and the quotes can name them.
  const earliest = before(addMonths(P, -72), now.start) ? now.start : addMonths(P, -72);
  const statuses: ProjectStatus[] = ['planned', 'in-progress', 'launched', 'pilot', 'completed'];
  const plans = rng.sample(W.PROJECT_CODES, rng.weighted([3, 4, 5], [1, 3, 1])).map((code) => {
    const [kindFr = '', kindEn = '', purpose = '', forEn = ''] = rng.pick(W.PROJECTS);
    const all: ProjectStatus[] = [...statuses, 'negotiation', 'ended'];
    let status = rng.weighted(all, [13, 24, 24, 13, 13, 6, 7]);
    if (status === 'negotiation' && !D) status = 'in-progress';
    const start = status === 'planned' ? addMonths(P, rng.int(2, 18)) : between(rng, earliest, P);
    const closed = /completed|ended/.test(status);
    if (closed && monthIndex(P) - monthIndex(start) <= 4) status = 'in-progress';
    const end = closed && status !== 'in-progress' ? between(rng, addMonths(start, 2), P) : null;
    const owner = rng.weighted([S.id, rng.pick(colleagues).id, null], [5, 4, 1]);
    const name = { fr: `${kindFr} ${code}`, en: `${code} ${kindEn}` };
    const [fr = '', en = ''] = [
      `${kindFr} {de C}, pour ${purpose}.`,
      `{C}’s ${kindEn}, to ${forEn}.`,
    ];
    const description = { fr: fill(fr, base), en: fill(en, base) };
    const refs = { organizations: [C.id], contributors: [], partOf: null, start: null, end: null };
    const { id } = sourced('project', '', 'journalist');
    const fields = { id, name, description, owner, status, ...refs };
    const record: Project = { ...fields, voice: 'journalist', evidence: [] };
    return { code, purpose, start: status === 'negotiation' ? null : start, end, record };
  });
  sections.filter((s) => s.theme === 'project').forEach((s, i) => (s.code = plans[i]?.code ?? ''));
  say(lead, 'plans', { A: plans[0]?.code ?? '', B: plans[1]?.code ?? '' });

  // The career, oldest first; in an interview, the later part in the interviewee's own words.
  const told = asked ? rng.int(0, past.length) : past.length;
  past.forEach((s, i) => {
    const p = i < told ? careerBody : answerOf('career');
    const [start, end] = [when(rng, s.start, P), when(rng, s.end, P)];
    const [y1, y2] = [String(s.start.y), String(s.end.y)];
    const slots = { T: titleOf(S, s), at: at(s), of: of(s), O: s.company.name, y1, y2 };
    Object.assign(slots, { D: start.text, E: end.text });
    if (s === S.stints[0]) post(S, s, say(p, 'first', slots), p, start);
    else if (past[i - 1]?.company === s.company) post(S, s, say(p, 'promoted', slots), p, start);
    else if (y1 < y2 && rng.chance(0.3)) {
      const text = say(p, 'span', slots);
      const year = (y: string): Dated => ({ text, date: statedYear(y, `De ${y1} à ${y2}`) });
      post(S, s, text, p, year(y1), year(y2));
    } else {
      const text = say(p, 'joined', slots);
      post(S, s, text, p, start, end);
      const refs = { people: [S.id], organizations: [s.company.id] };
      if (rng.chance(0.6)) event('hire', line('joins', slots), start.date, text, p)(refs);
    }
  });
  const story = (kind: string, p: Para, slots: Slots, date: Dated | null, refs: Refs) => {
    const rows = W.EVENTS.filter(([k, s]) => k === kind && s?.includes('{D}') === (date !== null));
    const [, sentence = '', ...title] = rng.pick(rows);
    const all = { ...slots, D: date?.text ?? '' };
    const text = say(p, `${sentence}.`, all);
    event(
      kind,
      title.map((t) => fill(t, { ...base, ...all })),
      date?.date ?? null,
      text,
      p,
    )(refs);
    return text;
  };
  if (rng.chance(0.45)) {
    const p = rng.pick([careerBody, answerOf('career')]);
    const date = when(rng, between(rng, now.start, P), P);
    touchOrg(C, story('context', p, {}, date, atC), voiceOf(p));
  }
  if (rng.chance(0.2)) {
    const text = story('decision', careerBody, {}, null, { people: [S.id], ...atC });
    touchPerson(S, text, careerBody);
  }

  // The company: its size and founding, the interviewee's boss, a partner.
  const qualifiers = [
    ['', 'exact'],
    ['quelque ', 'about'],
    ['près de ', 'about'],
    ['plus de ', 'more-than'],
  ];
  const [q = '', qualifier = ''] = rng.weighted(qualifiers, [3, 2, 1, 2]);
  const staff = Math.round((C.employees * (1 + (P.y - 2000) / 50)) / 50) * 50;
  const founded = when(rng, C.founded, P);
  const e = C.the.startsWith('la ') ? 'e' : '';
  const sized = say(companyBody, 'size', { D: founded.text, alias: C.the, q, n: nf(staff), e });
  touchOrg(C, sized, 'journalist');
  const unit = { fr: 'personnes', en: 'people' };
  const counted = { value: staff, upTo: null, outOf: null, unit, asOf: asOfPublication(P) };
  const subject = { kind: 'organization' as const, id: C.id };
  const headcount = { label: { fr: 'Effectif', en: 'Headcount' }, subject, ...counted };
  figure(sized, companyBody, {
    ...headcount,
    qualifier: FigureSchema.shape.qualifier.parse(qualifier),
  });
  if (C.founding) cite(C.founding, sized);
  else C.founding = event('founding', line('founding'), founded.date, sized, companyBody)(atC);
  if (boss) {
    const s = stint(boss);
    const text = say(companyBody, 'boss', { X: boss.name, T: titleOf(boss, s), of: of(s) });
    own.reportsTo.push(post(boss, s, text, companyBody).id);
  } else if (led && rng.chance(0.5)) {
    const text = say(companyBody, 'vacant');
    const [fr = '', en = '', inference = ''] = ['vacant-fr', 'vacant-en', 'why-vacant'].map(
      (k) => line(k)[0],
    );
    const fields = { person: null, organization: C.id, title: { fr: CEO.m, en: CEO.en } };
    const rest = { description: { fr, en }, start: null, end: null, current: true, reportsTo: [] };
    if (!C.vacantCeo)
      out.positions.push(
        (C.vacantCeo = { ...sourced('position', text, 'inferred'), ...fields, ...rest, inference }),
      );
    cite(C.vacantCeo, text);
    touchOrg(C, text, 'journalist');
    if (!own.reportsTo.includes(C.vacantCeo.id)) own.reportsTo.push(C.vacantCeo.id);
  }
  const rows = W.RELATIONS.filter(([, s]) => former || !s?.includes('ancien'));
  for (let k = rng.weighted([1, 2], [5, 1]); k > 0 && D; k--) {
    const [kind = '', form = '', ...described] = rng.pick(rows);
    const partner = form.includes('ancien') ? former : D;
    if (!partner) continue;
    const p = form.includes('ancien') ? answerOf('career') : companyBody;
    const started = when(rng, between(rng, addMonths(P, -120), P), P, true);
    const y1 = rng.int(Math.max(C.founded.y, partner.founded.y) + 1, P.y - 2);
    const [a, b] = [String(y1), String(rng.int(y1 + 1, P.y - 1))];
    const slots = { O: partner.name, D: started.text, y1: a, y2: b, P: plans[0]?.code ?? '' };
    const text = say(p, form, slots);
    for (const org of [C, partner]) touchOrg(org, text, voiceOf(p));
    const [fr = '', en = ''] = described.map((d) => fill(d, { ...base, ...slots }));
    const span = form.includes('{y1}');
    const start = span
      ? statedYear(a, `de ${a} à ${b}`)
      : form.includes('{D}')
        ? started.date
        : null;
    const end = span ? statedYear(b, `de ${a} à ${b}`) : null;
    const fields = { from: partner.id, to: C.id, kind: RelationKindSchema.parse(kind), start, end };
    const r = { ...sourced('relation', text, voiceOf(p)), ...fields, description: { fr, en } };
    const [inference = ''] = line('why-tools', slots);
    out.relations.push(form.startsWith('Les équipes') ? { ...r, voice: 'inferred', inference } : r);
  }
  if (D && contact) {
    const s = stint(contact);
    const slots = { O: D.name, X: contact.name, T: titleOf(contact, s) };
    post(contact, s, say(companyBody, 'contact', slots, contact.gender), companyBody);
  }

  // The team, in the interviewee's words (or the journalist's, in a profile).
  const teamAnswer = answerOf('team');
  for (const h of colleagues) {
    const s = stint(h);
    const started = when(rng, s.start, P, true);
    const key = rng.pick(['team', 'team', 'reports']);
    const text = say(teamAnswer, key, { X: h.name, T: titleOf(h, s), of: of(s), D: started.text });
    const r = post(h, s, text, teamAnswer, text.includes(started.text) ? started : undefined);
    if (key === 'reports' && !r.reportsTo.includes(own.id) && r !== own) r.reportsTo.push(own.id);
  }

  // The projects, each where it belongs.
  const projectAnswers = sections.filter((s) => s.theme === 'project').map((s) => s.answer);
  plans.forEach((plan, i) => {
    const { record, code } = plan;
    const begun = plan.start && !before(P, plan.start);
    const p =
      projectAnswers[i] ?? rng.pick(begun ? [companyBody, ...projectAnswers] : [outlook.answer]);
    const slots = { P: code, F: plan.purpose, O: D?.name ?? '', n: String(rng.int(3, 12)) };
    const cited = (key: string, more: Slots = {}): string => {
      const text = say(p, key, { ...slots, ...more });
      cite(record, text);
      return text;
    };
    record.voice = voiceOf(p);
    const started = plan.start ? when(rng, plan.start, P) : null;
    record.start = started?.date ?? null;
    if (record.status === 'negotiation' && D) record.organizations.push(D.id);
    if (record.status === 'negotiation' && D) touchOrg(D, cited('negotiation'), voiceOf(p));
    else if (record.status === 'planned' && started) cited('planned', { D: started.text });
    else if (started) {
      const text = cited('launch', { D: started.text });
      const refs = { ...atC, projects: [record.id] };
      if (rng.chance(0.5))
        event('launch', line('launch-event', slots), started.date, text, p)(refs);
    }
    if (plan.end) {
      const ended = when(rng, plan.end, P);
      cited(record.status, { E: ended.text });
      record.end = ended.date;
    } else if (/pilot|launched|in-progress/.test(record.status) && rng.chance(0.6))
      cited(record.status);
    const owner = colleagues.find((h) => h.id === record.owner);
    if (record.owner === S.id) cited('owns');
    else if (owner) {
      const s = stint(owner);
      post(owner, s, cited('owner', { X: owner.name, T: titleOf(owner, s), of: of(s) }), p);
    }
    const others = colleagues.filter((h) => h.id !== record.owner);
    const helpers = rng.sample(others, rng.weighted([0, 1, 2], [2, 2, 1]));
    if (helpers.length > 0) {
      const names = { X: helpers[0]?.name ?? '', Z: helpers[1]?.name ?? '' };
      const text = cited(helpers.length > 1 ? 'helps2' : 'helps', names);
      for (const h of helpers) touchPerson(h, text, p);
      record.contributors = helpers.map((h) => h.id);
    }
    const whole = plans[i - 1];
    if (whole && rng.chance(0.2)) record.partOf = whole.record.id;
    if (whole && record.partOf) cited('part', { Q: whole.code });
    const live = record.status !== 'planned' && record.status !== 'negotiation';
    const forms = W.FIGURES.filter((f) => live || f[6] === 'any');
    for (const [qual = '', form = '', lfr = '', len = '', ufr = '', uen = ''] of rng.sample(
      forms,
      rng.weighted([0, 1, 2], [2, 4, 2]),
    )) {
      const [place = '', placeEn = ''] = rng.pick(W.PLACES);
      const [a, b] = [rng.int(2, 30), rng.int(31, 60)];
      const big = qual === 'about' ? rng.int(2, 60) : rng.int(12, 900) * 100;
      const value = qual === 'barely' ? rng.int(3, 11) : big;
      const text = cited(form, { a: String(a), b: String(b), n: nf(value), places: place });
      const range = form.includes('entre');
      const parts = { value: a, upTo: range ? b : null, outOf: range ? null : b };
      const count = form.includes('{b}') ? parts : { value, upTo: null, outOf: null };
      const unit = ufr === '-' ? { fr: place, en: placeEn } : { fr: ufr, en: uen };
      const fields = {
        subject: { kind: 'project' as const, id: record.id },
        label: { fr: lfr, en: len },
      };
      const asOf = qual === 'barely' ? null : asOfPublication(P);
      figure(text, p, {
        ...fields,
        ...count,
        unit,
        asOf,
        qualifier: FigureSchema.shape.qualifier.parse(qual),
      });
    }
    if (live && plan.start && rng.chance(0.45)) {
      const kind = rng.pick(['milestone', 'decision', 'setback']);
      const date = when(rng, between(rng, plan.start, P), P);
      cite(record, story(kind, p, slots, date, { ...atC, projects: [record.id] }));
    }
    out.projects.push(record);
  });

  // Quotes: the headline, the entourage's words, then the answers.
  const used = new Set<string>();
  const known = [boss, ...colleagues, contact].filter((h): h is Human => h?.record !== undefined);
  const usable = (q: QuoteRow, themes: string[]): boolean =>
    themes.includes(q.theme) && !used.has(q.fr) && (former !== null || !q.fr.includes('{A}'));
  const pickQuote = (themes: string[]) =>
    rng.sample(
      QUOTES.filter((q) => usable(q, themes)),
      1,
    )[0];
  const speak = (
    q: QuoteRow,
    speaker: Human,
    code: string,
    write: (said: string) => [string, Voice],
  ) => {
    used.add(q.fr);
    const plan = plans.find((pl) => pl.code === code) ?? rng.pick(plans);
    const x = speaker === S ? rng.pick(known.length > 0 ? known : [S]) : S;
    const slots = {
      ...base,
      P: plan.code,
      X: x.name,
      A: former?.name ?? '',
      e: speaker.gender === 'f' ? 'e' : '',
    };
    const ids: Slots = { C: C.id, P: plan.record.id, X: x.id, A: former?.id ?? '', N: S.id };
    const about = [
      ...new Set([...q.fr.matchAll(/\{(\w)\}/g)].map(([, k = '']) => ids[k] ?? '')),
    ].filter(Boolean);
    const said = ucfirst(fill(q.fr, slots));
    const [text, voice] = write(said);
    const original = text.includes('«') ? said : text;
    const translation = `${ucfirst(fill(q.en, slots))}.`;
    const fields = {
      speaker: speaker.id,
      source: src,
      original,
      translation,
      topics: q.topics,
      about,
    };
    const [inference = ''] = line('why-headline');
    const record = { ...sourced('quote', original, voice), ...fields };
    out.quotes.push(voice === 'inferred' ? { ...record, inference } : record);
  };
  const headlined = rng.chance(0.86) ? pickQuote(['career', 'outlook', 'project']) : undefined;
  if (headlined) speak(headlined, S, '', (q) => [say(heading, 'headline', { q }), 'inferred']);
  else say(heading, 'title', { T: titleOf(S, now), of: of(now) });
  touchPerson(S, heading.parts.join(' '), heading);
  let quoted = headlined ? 1 : 0;
  for (const h of known.filter(() => rng.chance(0.5)).slice(0, 3)) {
    const [q, s] = [pickQuote(['other', 'team', 'outlook']), stint(h)];
    const V = rng.pick(['poursuit', 'ajoute', 'souligne', 'estime']);
    const slots = { V, X: h.name, T: titleOf(h, s), of: of(s) };
    if (!q) continue;
    speak(q, h, '', (said) => {
      const text = say(entourage, 'other', { ...slots, q: said });
      post(h, s, text, entourage);
      return [text, 'journalist'];
    });
    quoted++;
  }
  const order = rng.sample(sections, sections.length);
  for (let i = 0, target = rng.int(16, 24); quoted < target && i < 40; i++) {
    const s = order[i % order.length] ?? outlook;
    const q = pickQuote([s.theme]) ?? pickQuote(THEMES);
    if (!q) break;
    const V = rng.pick(['confie', 'explique', 'raconte', 'assure']);
    const written = (said: string): string =>
      asked ? `${said}.` : say(s.answer, 'quoted', { q: said, V });
    speak(q, S, s.code, (said) => [
      asked ? say(s.answer, written(said)) : written(said),
      voiceOf(s.answer),
    ]);
    quoted++;
  }

  // Questions (or intertitles), the signature, the page's furniture and its date.
  const publishedAs = rng.weighted(['day', 'month', 'inferred'], [6, 2, 2]);
  for (const s of sections) {
    const dated = s === outlook && publishedAs === 'inferred';
    const asks = W.ASKS.filter(([t, a]) => t === s.theme && (!dated || a?.includes('{Y}')));
    const [, ask = '', intertitle = ''] = rng.pick(asks);
    say(s.ask, asked ? ask : intertitle, { P: s.code });
  }
  say(closing, `signed-${genre}`, { J: rng.pick(W.JOURNALISTS) });
  if (topChrome) say(topChrome, `Accueil › ${asked ? 'Entretiens' : 'Portraits'} › ${C.rubric}`);
  const media = rng.pick(world.media);
  const publisher = rng.chance(0.85) ? media : null;
  const copyright = say(bottomChrome, `© ${media.name} ${P.y} – Tous droits réservés.`);
  if (publisher) touchOrg(publisher, copyright, 'journalist');
  const stated = { certainty: 'stated' as const };
  let published: FuzzyDate;
  if (publishedAs === 'day') {
    const expression = say(
      bottomChrome,
      `Publié le ${P.d === 1 ? '1er' : P.d} ${monthFr(P.m)} {y}.`,
    );
    published = { precision: 'day', value: iso(P), ...stated, expression };
  } else if (publishedAs === 'month') {
    const expression = say(bottomChrome, `Mis en ligne en ${monthFr(P.m)} {y}.`);
    published = { precision: 'month', value: iso(P, 2), ...stated, expression };
  } else {
    const expression = outlook.ask.parts.join(' ');
    const [inference = ''] = line('why-undated', {
      Q: asked ? 'question' : 'intertitle',
      E: expression,
    });
    published = {
      precision: 'year',
      value: String(P.y),
      certainty: 'inferred',
      expression,
      inference,
    };
  }
  const [note = ''] = line('note', {
    s: String(ctx.seed),
    i: String(ctx.index),
    n: String(ctx.total),
  });
  const notes = [note, ...(topChrome ? line('note-chrome') : [])];
  const slug = S.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const url = `https://${media.id.slice(6)}.example/${asked ? 'entretiens' : 'portraits'}/${P.y}/${slug}-${ctx.index}`;
  const paragraphs = paras
    .filter((p) => p.parts.length > 0)
    .map((p) => ({ text: p.parts.join(' '), kind: p.kind }));
  const about = {
    id: src,
    publication: media.name,
    publisher: publisher?.id ?? null,
    title: heading.parts.join(' '),
  };
  const meta = {
    language: 'fr',
    url: rng.chance(0.75) ? url : null,
    genre,
    published,
    subjects: [S.id],
  };
  out.sources.push({ ...about, ...meta, transcriptionNotes: notes, paragraphs });
  return out;
}
