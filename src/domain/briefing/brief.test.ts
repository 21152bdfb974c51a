import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { buildBrief, type Brief } from './brief.ts';
import { meetingFixture } from '../../testing/meeting-fixture.ts';
import type { Line } from './parts.ts';

const TODAY = new Date('2026-12-01T12:00:00Z');
const BOTH = [
  { kind: 'person' as const, id: 'patrick-hoffstetter' },
  { kind: 'person' as const, id: 'patrick-pelata' },
];

function brief(
  index: DatasetIndex,
  subjects: Parameters<typeof buildBrief>[1],
  locale: 'en' | 'fr' = 'en',
  today = TODAY,
): Brief {
  const built = buildBrief(index, subjects, locale, today);
  if (!built) throw new Error('no brief');
  return built;
}

/** Every sentence page 1 writes, with its citations. */
function pageLines(b: Brief): Line[] {
  const { page } = b;
  return [
    ...page.who.flatMap((a) => a.lines),
    ...page.whatToKnow.flatMap((a) => a.lines),
    ...page.between,
    ...page.toVerify,
    ...page.talkingPoints.map((q) => ({ text: q.original, cites: q.cites })),
  ];
}

function expectEverySentenceCited(b: Brief): void {
  const numbers = new Set(b.notes.map((n) => n.n));
  for (const line of pageLines(b)) {
    expect(line.cites, line.text).not.toEqual([]);
    for (const n of line.cites) expect(numbers, line.text).toContain(n);
  }
}

describe('the meeting page on a small fixture', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await meetingFixture();
  });
  const people = [
    { kind: 'person' as const, id: 'ada' },
    { kind: 'person' as const, id: 'bob' },
  ];

  it('says who each attendee is at the latest source, how old that is, and whom they report to', () => {
    const b = brief(index, people);
    expect(b.page.who.map((w) => w.lines.map((l) => l.text))).toEqual([
      [
        'At Acme (role not stated), since 2010, as of 2012 (stated) — about 14 years ago.',
        'Reports to the Board (Acme), whom the sources do not name.',
      ],
      ['Director, Globex, since c. 2011 (inferred), as of 2012 (stated) — about 14 years ago.'],
    ]);
  });

  it('says a person has no role the sources call current, and names the last one, rather than nothing', () => {
    const left = buildIndex({
      ...index.dataset,
      positions: index.dataset.positions.map((p) =>
        p.id === 'bob-globex'
          ? { ...p, current: false, end: { precision: 'year', value: '2012', certainty: 'stated' } }
          : p,
      ),
    });
    const bob = [{ kind: 'person' as const, id: 'bob' }];
    expect(brief(left, bob).page.who[0]?.lines.map((l) => l.text)).toEqual([
      'No role the sources call current. Last known: Director, Globex (c. 2011 (inferred) – 2012), as of 2012 (stated) — about 14 years ago.',
    ]);
    expect(brief(left, bob, 'fr').page.who[0]?.lines.map((l) => l.text)).toEqual([
      'Aucun poste que les sources disent actuel. Dernier connu\u00a0: Directeur, Globex (vers 2011 (date déduite) – 2012), selon nos sources de 2012 (date citée) — il y a environ 14\u00a0ans.',
    ]);
    expectEverySentenceCited(brief(left, bob));
  });

  it('links them only by what the records hold: the relation, the shared employer, the deal, the quote', () => {
    expect(brief(index, people).page.between.map((l) => l.text)).toEqual([
      'Globex (Bob Martin) – Acme (Ada Lovelace): Globex works with Acme.',
      'Both have worked at Acme: Ada Lovelace, role not stated, 2010 – latest source (2012); Bob Martin, role not stated, dates not stated.',
      'Project linking Acme and Globex: Globex–Acme deal (under negotiation at the latest source, 2012).',
      'Bob Martin speaks about Acme in 1 quote.',
    ]);
  });

  it('turns the gaps of the records into questions, and the age of the sources into a warning', () => {
    const lines = brief(index, people).page.toVerify.map((l) => l.text);
    expect(lines).toEqual([
      'Who holds the Board post at Acme, to which Ada Lovelace reports? The sources do not name them.',
      'Ada Lovelace’s title at Acme: not stated in the source.',
      'Bob Martin’s post at Acme and its dates: not stated in the source.',
      'Globex–Acme deal (under negotiation at the latest source, 2012): Not yet signed.',
      'Start dates inferred, not stated — to confirm: Bob Martin as Director (c. 2011).',
      'Every role and project above is as of our sources of 2012, about 14 years ago: check them before the meeting.',
    ]);
    const young = brief(index, people, 'en', new Date('2013-06-01T12:00:00Z'));
    expect(young.page.toVerify.map((l) => l.text).join('\n')).not.toContain('check them');
    expect(young.stale).toBe(false);
  });

  it('takes talking points only from the attendees’ own words', () => {
    const b = brief(index, people);
    expect(b.page.talkingPoints.map((q) => [q.speaker, q.original])).toEqual([
      ['Bob Martin', 'Acme est un partenaire clé'],
    ]);
  });

  it('cites every sentence and exports exactly the records it cites', () => {
    const b = brief(index, people);
    expectEverySentenceCited(b);
    const shown = new Set(b.shownIds);
    // The records its sentences cite, and the attendees it is about (each a heading).
    expect(shown).toEqual(
      new Set([...people.map((p) => p.id), ...b.notes.map((note) => note.recordId)]),
    );
    expect(b.shownIds).toHaveLength(shown.size);
    for (const id of b.shownIds) expect(index.byId.has(id), id).toBe(true);
  });

  it('writes the same sentences in French', () => {
    const b = brief(index, people, 'fr');
    expect(b.page.who[1]?.lines[0]?.text).toBe(
      'Directeur, Globex, depuis 2011 environ (date déduite), selon nos sources de 2012 (date citée) — il y a environ 14\u00a0ans.',
    );
    expect(b.page.toVerify[0]?.text).toBe(
      'Qui occupe le poste de Conseil chez Acme, auquel Ada Lovelace rend compte\u00a0? Les sources ne le nomment pas.',
    );
  });
});

describe('the meeting brief for Patrick Hoffstetter and Patrick Pélata', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
  });

  it('cites every sentence of page 1 into the one set of endnotes', () => {
    for (const locale of ['en', 'fr'] as const)
      expectEverySentenceCited(brief(index, BOTH, locale));
  });

  it('writes no breadcrumb arrow in its sentences: a unit is named with its company', () => {
    for (const locale of ['en', 'fr'] as const) {
      const sentences = pageLines(brief(index, BOTH, locale)).map((line) => line.text);
      expect(sentences.filter((text) => text.includes('›'))).toEqual([]);
    }
    const who = brief(index, BOTH)
      .page.who.flatMap((a) => a.lines)
      .map((l) => l.text);
    expect(who).toContainEqual(expect.stringContaining('Renault’s Digital Factory'));
  });

  it('says what links them: Salesforce’s work with Renault and Pélata’s Renault past', () => {
    const between = brief(index, BOTH).page.between.map((l) => l.text);
    expect(between).toContain(
      'Salesforce (Patrick Pélata) – Renault (Patrick Hoffstetter): Salesforce has worked with Renault since 2009-2010, a first collaboration in France.',
    );
    expect(between).toContainEqual(
      expect.stringMatching(
        /^Both have worked at Renault: .*Patrick Pélata, role not stated, dates not stated\.$/,
      ),
    );
  });

  it('asks what the records leave open: the CMO, Pélata’s title, the unsigned agreements', () => {
    const verify = brief(index, BOTH).page.toVerify.map((l) => l.text);
    expect(verify).toContain(
      'Who holds the Chief Marketing Officer post at Renault, to which Patrick Hoffstetter reports? The sources do not name them.',
    );
    expect(verify).toContain('Patrick Pélata’s title at Salesforce: not stated in the source.');
    expect(verify).toContainEqual(
      expect.stringMatching(/^Further agreements .*not yet finally signed/),
    );
  });

  it('keeps What to know to 3–6 sentences and the talking points to 3–5 short quotes of theirs', () => {
    const b = brief(index, BOTH);
    const sentences = b.page.whatToKnow.flatMap((a) => a.lines);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(6);
    expect(b.page.talkingPoints.length).toBeGreaterThanOrEqual(3);
    expect(b.page.talkingPoints.length).toBeLessThanOrEqual(5);
    for (const quote of b.page.talkingPoints) {
      expect(['Patrick Hoffstetter', 'Patrick Pélata']).toContain(quote.speaker);
      expect(quote.original.length).toBeLessThanOrEqual(200);
    }
  });

  it('never calls a fact "now", "current" or "present" without "at the latest source"', () => {
    for (const locale of ['en', 'fr'] as const) {
      const b = brief(index, BOTH, locale);
      const texts = [
        ...pageLines(b)
          .slice(0, -b.page.talkingPoints.length)
          .map((l) => l.text),
        ...b.appendices.flatMap((a) => [
          a.headline?.text ?? '',
          ...[...a.summary, ...a.structure, ...a.people, ...a.relations].map((l) => l.text),
          ...[...a.currentProjects, ...a.pastProjects].map((p) => p.dates),
          ...a.chart.map((r) => r.label),
        ]),
      ];
      for (const text of texts)
        expect(text).not.toMatch(/\b(now|current|present|aujourd’hui|actuel)/i);
    }
  });

  it('writes page 1 in French with no English framing', () => {
    const b = brief(index, BOTH, 'fr');
    const english =
      /\b(since|as of|about|years ago|Reports to|Runs|Career|role as|projects? under way|including|Figures|Both have|Who holds|not stated|Start dates|check them)\b/;
    for (const line of [...b.page.who, ...b.page.whatToKnow].flatMap((a) => a.lines))
      expect(line.text).not.toMatch(english);
    for (const line of [...b.page.between, ...b.page.toVerify])
      expect(line.text).not.toMatch(english);
    expect(b.page.toVerify.at(-1)?.text).toMatch(
      /^Fonctions et projets ci-dessus sont ceux de nos sources de 2012–2013/,
    );
  });

  it('one subject keeps its own page 1, with no Between them', () => {
    const b = brief(index, [{ kind: 'person', id: 'patrick-pelata' }]);
    expect(b.page.between).toEqual([]);
    expect(b.appendices.map((a) => a.name)).toEqual(['Patrick Pélata']);
    expectEverySentenceCited(b);
  });
});
