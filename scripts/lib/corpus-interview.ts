/**
 * One interview: a French text laid out as heading, lead, body, questions and answers (or
 * intertitles and body, in a profile), and the records it supports. Every sentence that states
 * a fact is written and cited in the same step, so each record's evidence is verbatim in the text.
 */
import type { Collections } from '../../src/domain/dataset.ts';
import type { FuzzyDate } from '../../src/domain/fuzzy-date.ts';
import type { DossierEvent, Evidence, Paragraph, Project } from '../../src/domain/records.ts';
import type { ClaimBasis, Note, Source, SubjectRef, Voice } from '../../src/domain/records.ts';
import { EventKindSchema, FigureSchema, ProjectStatusSchema } from '../../src/domain/records.ts';
import { RelationKindSchema } from '../../src/domain/records.ts';
import { addMonths, asOfPublication, before, between, dayFr, fill, iso } from './corpus-french.ts';
import { monthFr, nf, slug, ucfirst, when, type Dated, type Moment } from './corpus-french.ts';
import * as W from './corpus-words.ts';
import { levelOf, titleOf, type Human, type Org, type World } from './corpus-world.ts';

/** Interview `index` of `total` in the corpus made with `seed`. */
export type InterviewContext = { index: number; total: number; seed: number; published: Moment };
type Para = { kind: Paragraph['kind']; parts: string[] };
type Slots = Record<string, string>;

/** Passages one record takes from one source, and in all. */
const [PER_SOURCE, EVIDENCE_CAP] = [2, 12];
const SAY = new Map<string, string[][]>();
for (const [key = '', ...row] of W.SAY) SAY.set(key, [...(SAY.get(key) ?? []), row]);
const STATUSES = ProjectStatusSchema.array().parse(
  'planned in-progress launched pilot completed ended'.split(' '),
);
const HEADCOUNT = ['Effectif', 'Headcount', 'personnes', 'people'];

/** Writes interview `ctx.index` into `out`, citing and updating the world's records. */
export function generateInterview(world: World, ctx: InterviewContext, out: Collections): void {
  const { rng } = world;
  const P = ctx.published;
  const num = String(ctx.index).padStart(Math.max(4, String(ctx.total).length), '0');
  const src = `interview-${num}`;
  let seq = 0;
  /** What every record has: an id, its voice, its first passage. */
  const sourced = (kind: string, passage: string, voice: Voice) => {
    const id = `i${num}-${kind}-${String(++seq).padStart(2, '0')}`;
    return { id, voice, evidence: [{ source: src, passage }] };
  };
  const cite = (record: { evidence: Evidence[] }, passage: string): string => {
    const here = record.evidence.filter((e) => e.source === src);
    const full = here.length >= PER_SOURCE || record.evidence.length >= EVIDENCE_CAP;
    if (!full && !here.some((e) => e.passage === passage))
      record.evidence.push({ source: src, passage });
    return passage;
  };

  // The cast: the interviewee, colleagues at their company, another company.
  const S = world.subject(P);
  S.interviewed = true;
  const now = world.postAt(S, P);
  const C = now.company;
  const taken = new Set([S]);
  const size = rng.weighted([2, 3, 4], [2, 4, 3]);
  const colleagues = Array.from({ length: size }, () => world.staffAt(C, P, taken));
  const D = world.companyAt(P, C);
  const past = S.stints.filter((s) => !before(P, s.end)).slice(-rng.int(3, 6));
  const atC = { organizations: [C.id] };

  // The layout, in reading order; paragraphs are filled in any order, empty ones dropped.
  const paras: Para[] = [];
  const para = (kind: Para['kind'], p: Para = { kind, parts: [] }): Para => (paras.push(p), p);
  const genre = rng.weighted<Source['genre']>(['interview', 'profile', 'article'], [75, 20, 5]);
  const asked = genre === 'interview';
  const crumbs = rng.chance(0.4) ? para('chrome') : null;
  const [heading, lead, bio, firm] = [para('heading'), para('lead'), para('body'), para('body')];
  const themes = ['career', 'team', 'project', ...(rng.chance(0.5) ? ['project'] : []), 'outlook'];
  const sections = themes.map((theme) => {
    const [ask, answer] = [para(asked ? 'question' : 'heading'), para(asked ? 'answer' : 'body')];
    return { theme, ask, answer, code: '' };
  });
  const [entourage, closing, footer] = [para('body'), para('body'), para('chrome')];
  const answerOf = (theme: string): Para => sections.find((s) => s.theme === theme)?.answer ?? lead;
  const codes = rng.sample(W.PROJECT_CODES, rng.weighted([3, 4, 5], [1, 3, 1]));
  sections.filter((s) => s.theme === 'project').forEach((s, i) => (s.code = codes[i] ?? ''));

  // Writing: a row of SAY (or `key` itself as a template), its slots filled, in the person of
  // the paragraph (`[a|b]`), {il} and {e} agreeing with gender `g`.
  const filled = (row: string[], slots: Slots): string[] =>
    row.map((text) => ucfirst(fill(text, { N: S.name, C: C.name, ...slots })));
  const line = (key: string, slots: Slots = {}): string[] =>
    filled(rng.pick(SAY.get(key) ?? [[key]]), slots);
  /** Our own words, in French and English, from a one-line key of SAY. */
  const note = (key: string, slots: Slots = {}): Note => {
    const [fr = '', en = ''] = filled(SAY.get(key)?.[0] ?? [], slots);
    return { fr, en };
  };
  const write = (p: Para, text: string): string => (p.parts.push(text), text);
  const voiceOf = (p: Para): Voice => (p.kind === 'answer' ? 'interviewee' : 'journalist');
  const say = (p: Para, key: string, slots: Slots = {}, g = S.gender): string => {
    const agree = { il: g === 'f' ? 'elle' : 'il', e: g === 'f' ? 'e' : '' };
    const [text = ''] = line(key, { ...agree, ...slots });
    const pov = (_: string, a: string, b: string) => (p.kind === 'answer' ? a : b);
    return write(p, ucfirst(text.replace(/\[([^|\]]*)\|([^\]]*)\]/g, pov)));
  };

  // Records, made on first citation and cited again by later sentences and interviews.
  type Refs = Partial<DossierEvent>;
  const event = (kind: string, title: string[], date: Dated, text: string, p: Para, refs: Refs) => {
    const [fr = '', en = ''] = title;
    const lists = { people: [], organizations: [], projects: [], title: { fr, en } };
    const fields = { kind: EventKindSchema.parse(kind), date: date.date, ...lists, ...refs };
    return out.events[out.events.push({ ...sourced('event', text, voiceOf(p)), ...fields }) - 1];
  };
  const figure = (text: string, p: Para, subject: SubjectRef, row: string[], n: number[]) => {
    const [qualifier = '', lfr = '', len = '', ufr = '', uen = ''] = row;
    const [value = 0, upTo = 0, outOf = 0] = n;
    const words = { label: { fr: lfr, en: len }, unit: { fr: ufr, en: uen } };
    const q = FigureSchema.shape.qualifier.parse(qualifier);
    const asOf = q === 'barely' ? null : asOfPublication(P);
    const fields = { subject, value, upTo: upTo || null, outOf: outOf || null, qualifier: q, asOf };
    out.figures.push({ ...sourced('figure', text, voiceOf(p)), ...fields, ...words });
  };
  const touchOrg = (org: Org, passage: string, voice: Voice = 'journalist'): void => {
    const [{ id, name, kind, description }, parent] = [org, org.parent?.id ?? null];
    org.record ??= { id, name, aliases: [], kind, parent, description, voice, evidence: [] };
    cite(org.record, passage);
    if (org.parent) touchOrg(org.parent, passage, voice);
  };
  const touchPerson = (h: Human, passage: string, p: Para): void => {
    if (!h.record) world.people.push(h);
    const summary = { fr: h.name, en: h.name };
    h.record ??= { id: h.id, name: h.name, summary, voice: voiceOf(p), evidence: [] };
    cite(h.record, passage);
    for (const s of h.stints) {
      // A post recorded as current that has ended since: the text says so.
      if (!s.record?.current || !before(s.end, P)) continue;
      const [d, slots] = [when(rng, s.end, P), { X: h.name, O: s.company.name }];
      const text = say(p, 'left', { ...slots, D: d.text });
      const currentBasis: ClaimBasis = { certainty: 'stated', expression: d.text };
      Object.assign(s.record, { current: false, end: d.date, currentBasis });
      for (const record of [s.record, h.record]) cite(record, text);
      const refs = { people: [h.id], organizations: [s.company.id] };
      if (rng.chance(0.3)) event('departure', line('leaves', slots), d, text, p, refs);
    }
  };
  /** Writes sentence `key` about `h`'s post at `P` (or `s`), citing the post and its holder. */
  const post = (p: Para, key: string, h: Human, slots: Slots = {}, s = world.postAt(h, P)) => {
    const [title, O] = [{ fr: titleOf(h, s), en: s.title[2] ?? '' }, s.company.name];
    const text = say(p, key, { X: h.name, T: title.fr, O, ...slots });
    const org = s.unit ?? s.company;
    touchOrg(org, text, voiceOf(p));
    const description = { fr: `${ucfirst(title.fr)}, ${O}.`, en: `${title.en}, ${O}.` };
    const fields = { person: h.id, organization: org.id, title, description, reportsTo: [] };
    // A post dated "depuis…" or "quitté en…" is said to be held or not; a title in apposition
    // ("X, directeur…") only implies it.
    const why = note('why-current', { X: h.name, T: title.fr, t: title.en, O });
    const expression = key === 'post' ? slots.E : /lead|peer/.test(key) ? slots.D : undefined;
    const currentBasis: ClaimBasis = expression
      ? { certainty: 'stated', expression }
      : { certainty: 'inferred', inference: why };
    const dates = { current: before(P, s.end), currentBasis, start: null, end: null };
    const record = s.record ?? { ...sourced('position', text, voiceOf(p)), ...fields, ...dates };
    if (!s.record) out.positions.push((s.record = record));
    if (expression && dates.current) record.currentBasis = currentBasis;
    cite(record, text);
    touchPerson(h, text, p);
    return { text, record };
  };

  // Lead: the interviewee's post, held since a date the text gives.
  const since = when(rng, now.start, P, true);
  const n = String(Math.max(3, P.y - (S.stints[0]?.start.y ?? P.y)));
  const own = post(lead, 'lead', S, { D: since.text, n }).record;
  own.start ??= since.date;

  // The career, oldest first; in an interview, the later part in the interviewee's own words.
  const told = asked ? rng.int(0, past.length) : past.length;
  past.forEach((s, i) => {
    const p = i < told ? bio : answerOf('career');
    const [start, end] = [when(rng, s.start, P), when(rng, s.end, P)];
    const { text, record } = post(p, 'post', S, { D: start.text, E: end.text }, s);
    record.start ??= start.date;
    if (!record.current) record.end ??= end.date;
    const joins = line('joins', { O: s.company.name });
    if (past[i - 1]?.company !== s.company && rng.chance(0.5))
      event('hire', joins, start, text, p, { people: [S.id], organizations: [s.company.id] });
  });

  // The company: its size and founding, and how it works with another.
  const [qualifier = '', amount = ''] = rng.pick(W.QUALIFIERS);
  const staff = Math.round((C.employees * (1 + (P.y - 2000) / 50)) / 50) * 50;
  const founded = when(rng, C.founded, P);
  const sized = say(firm, 'size', { D: founded.text, n: fill(amount, { n: nf(staff) }) });
  touchOrg(C, sized);
  figure(sized, firm, { kind: 'organization', id: C.id }, [qualifier, ...HEADCOUNT], [staff]);
  if (C.founding) cite(C.founding, sized);
  else C.founding = event('founding', line('founding'), founded, sized, firm, atC);
  const [kind = '', form = '', ...described] = rng.pick(W.RELATIONS);
  const started = when(rng, between(rng, addMonths(P, -120), P), P, true);
  const slots = { O: D.name, D: started.text, P: codes[0] ?? '' };
  const linked = say(firm, form, slots);
  for (const org of [C, D]) touchOrg(org, linked);
  const [fr = '', en = '', whyFr, whyEn = ''] = filled(described, slots);
  const dates = { start: form.includes('{D}') ? started.date : null, end: null };
  const ends = { from: D.id, to: C.id, kind: RelationKindSchema.parse(kind) };
  const link = { ...ends, description: { fr, en } };
  const voice = whyFr ? 'inferred' : 'journalist';
  const relation = { ...sourced('relation', linked, voice), ...link, ...dates };
  out.relations.push(whyFr ? { ...relation, inference: { fr: whyFr, en: whyEn } } : relation);

  // The team, in the interviewee's words (or the journalist's, in a profile).
  const team = answerOf('team');
  for (const h of colleagues) {
    const s = world.postAt(h, P);
    const d = when(rng, s.start, P, true);
    const rank = Math.sign(levelOf(s) - levelOf(now));
    const { record } = post(team, ['below', 'peer', 'above'][rank + 1] ?? '', h, { D: d.text });
    if (rank === 0) record.start ??= d.date;
    const [boss, report] = rank > 0 ? [record, own] : [own, record];
    if (rank !== 0 && !report.reportsTo.includes(boss.id)) report.reportsTo.push(boss.id);
  }

  // The projects: planned, under way or done, who leads them, what they count.
  const earliest = before(addMonths(P, -72), now.start) ? now.start : addMonths(P, -72);
  const projects = codes.map((code): Project => {
    const [kindFr = '', kindEn = '', purpose = '', purposeEn = ''] = rng.pick(W.PROJECTS);
    let status = rng.weighted(STATUSES, [13, 26, 26, 13, 13, 7]);
    const live = status !== 'planned';
    const start = live ? between(rng, earliest, P) : addMonths(P, rng.int(2, 18));
    if (/completed|ended/.test(status) && before(P, addMonths(start, 5))) status = 'in-progress';
    const done = /completed|ended/.test(status);
    const p = sections.find((s) => s.code === code)?.answer ?? (live ? firm : answerOf('outlook'));
    const started = when(rng, start, P);
    const ended = done ? when(rng, between(rng, addMonths(start, 2), P), P) : null;
    const owner = rng.weighted([S, rng.pick(colleagues), null], [5, 4, 1]);
    const aim = `${kindFr} ${C.name}, pour ${purpose}.`;
    const description = { fr: aim, en: `${C.name}’s ${kindEn}, to ${purposeEn}.` };
    const name = { fr: `${kindFr} ${code}`, en: `${code} ${kindEn}` };
    const links = { organizations: [C.id], owner: owner?.id ?? null, contributors: [] };
    const dates = { partOf: null, start: started.date, end: ended?.date ?? null };
    const base = sourced('project', '', voiceOf(p));
    const what = { name, description, status, statusBasis: { certainty: 'stated' } as const };
    const record: Project = { ...base, evidence: [], ...what, ...links, ...dates };
    const [n, D, E] = [String(rng.int(3, 12)), started.text, ended?.text ?? ''];
    const slots = { P: code, F: purpose, n, D, E };
    const cited = (key: string, more: Slots = {}) =>
      cite(record, say(p, key, { ...slots, ...more }));
    const refs = { ...atC, projects: [record.id] };
    const launched = cited(live ? 'launch' : 'planned');
    if (live && rng.chance(0.5))
      event('launch', line('launch-event', slots), started, launched, p, refs);
    if (done || (live && rng.chance(0.6))) cited(status);
    else if (live) {
      // Launched, and no word on how it stands: read as still under way.
      record.status = 'in-progress';
      record.statusBasis = { certainty: 'inferred', inference: note('why-status', slots) };
    }
    if (owner === S) cited('owns');
    else if (owner) cite(record, post(p, 'owner', owner, slots).text);
    const free = colleagues.filter((h) => h !== owner);
    const helpers = rng.sample(free, rng.weighted([0, 1, 2], [2, 2, 1]));
    const names = { X: helpers[0]?.name ?? '', Z: helpers[1]?.name ?? '' };
    const helped = helpers.length > 0 ? cited(`helps${helpers.length}`, names) : '';
    for (const h of helpers) touchPerson(h, helped, p);
    record.contributors = helpers.map((h) => h.id);
    const rows = W.FIGURES.filter((row) => live || row[6] === 'any');
    const count = rng.weighted([0, 1, 2], [2, 4, 2]);
    for (const [qual = '', form = '', ...words] of rng.sample(rows, count)) {
      const [a, b] = [rng.int(2, 30), rng.int(31, 60)];
      const [lo, hi, k] =
        qual === 'barely' ? [3, 11, 1] : qual === 'about' ? [2, 60, 1] : [12, 900, 100];
      const big = rng.int(lo, hi) * k;
      const text = cited(form, { a: String(a), b: String(b), n: nf(big) });
      const n = form.includes('entre') ? [a, b] : form.includes('{b}') ? [a, 0, b] : [big];
      figure(text, p, { kind: 'project', id: record.id }, [qual, ...words], n);
    }
    if (live && rng.chance(0.55)) {
      const [kind = '', sentence = '', ...title] = rng.pick(W.EVENTS);
      const date = when(rng, between(rng, start, P), P);
      const text = cited(sentence, { D: date.text });
      event(kind, filled(title, slots), date, text, p, sentence.includes('{P}') ? refs : atC);
    }
    out.projects.push(record);
    return record;
  });

  // Quotes: the headline, the entourage's words, then the answers, none twice.
  const pool = rng.sample(W.QUOTES, W.QUOTES.length);
  const speak = (h: Human, p: Para, themes: string[], key: string, code = ''): void => {
    const i = pool.findIndex(([theme = '']) => themes.includes(theme));
    const [, topics = '', fr = '', en = ''] =
      pool.splice(i < 0 ? pool.findIndex(([t]) => t !== 'other') : i, 1)[0] ?? [];
    const k = Math.max(0, codes.indexOf(code));
    const [x, project] = [h === S ? rng.pick(colleagues) : S, projects[k]];
    const words = { P: codes[k] ?? '', X: x.name, e: h.gender === 'f' ? 'e' : '' };
    const [said = '', translation = ''] = filled([fr, `${en}.`], words);
    const ids: Slots = { C: C.id, P: project?.id ?? '', X: x.id, N: S.id };
    const about = [...new Set([...fr.matchAll(/\{([CPXN])\}/g)].map(([, k = '']) => ids[k] ?? ''))];
    const V = rng.pick(['confie', 'explique', 'souligne', 'estime']);
    if (key === 'other') post(p, key, h, { q: said, V });
    else if (key) say(p, key, { q: said, V });
    else write(p, `${said}.`);
    const voice = key === 'headline' ? 'inferred' : voiceOf(p);
    const why = voice === 'inferred' ? { inference: note('why-headline') } : {};
    const fields = { speaker: h.id, source: src, original: said, translation, about };
    const tags = { topics: topics.split(',') };
    out.quotes.push({ ...sourced('quote', said, voice), ...fields, ...tags, ...why });
  };
  const headlined = rng.chance(0.86);
  if (headlined) speak(S, heading, ['career', 'outlook', 'project'], 'headline');
  else say(heading, 'title', { T: titleOf(S, now) });
  touchPerson(S, heading.parts.join(' '), heading);
  const others = colleagues.filter(() => rng.chance(0.5)).slice(0, 3);
  for (const h of others) speak(h, entourage, ['other', 'team', 'outlook'], 'other');
  const order = rng.sample(sections, sections.length);
  for (let i = 0, target = rng.int(16, 24) - others.length - Number(headlined); i < target; i++) {
    const s = order[i % order.length] ?? sections[0];
    if (s) speak(S, s.answer, [s.theme], asked ? '' : 'quoted', s.code);
  }

  // Questions (or intertitles), the signature with the copyright (citable: furniture is not), the date.
  for (const s of sections) {
    const [, ask = '', intertitle = ''] = rng.pick(W.ASKS.filter(([t]) => t === s.theme));
    say(s.ask, asked ? ask : intertitle, { P: s.code });
  }
  say(closing, `signed-${genre}`, { J: rng.pick(W.JOURNALISTS) });
  if (crumbs) write(crumbs, `Accueil › ${asked ? 'Entretiens' : 'Portraits'} › ${C.rubric}`);
  const media = rng.pick(world.media);
  const publisher = rng.chance(0.85) ? media : null;
  const copyright = write(closing, `© ${media.name} ${P.y} – Tous droits réservés.`);
  if (publisher) touchOrg(publisher, copyright);
  const dating = rng.weighted([0, 1, 2], [6, 2, 2]);
  const said = [`Publié le ${dayFr(P)} ${P.y}.`, `Mis en ligne en ${monthFr(P.m)} ${P.y}.`];
  const statement = said[dating];
  const expression = statement ? write(footer, statement) : copyright;
  const year: FuzzyDate = { precision: 'year', value: `${P.y}`, certainty: 'inferred', expression };
  const stated: FuzzyDate[] = [
    { precision: 'day', value: iso(P), certainty: 'stated', expression },
    { precision: 'month', value: iso(P, 2), certainty: 'stated', expression },
  ];
  const notes = [note('note', { s: String(ctx.seed), i: String(ctx.index), n: String(ctx.total) })];
  const path = `${asked ? 'entretiens' : 'portraits'}/${P.y}/${slug(S.name)}-${ctx.index}`;
  const url = `https://${slug(media.name)}.example/${path}`;
  const about = { id: src, publication: media.name, publisher: publisher?.id ?? null, genre };
  const published = stated[dating] ?? { ...year, inference: note('why-undated', { E: copyright }) };
  const meta = { language: 'fr', url: rng.chance(0.75) ? url : null, published };
  const text = { title: heading.parts.join(' '), subjects: [S.id], transcriptionNotes: notes };
  const kept = paras.filter((p) => p.parts.length > 0);
  const paragraphs = kept.map((p) => ({ text: p.parts.join(' '), kind: p.kind }));
  out.sources.push({ ...about, ...meta, ...text, paragraphs });
}
