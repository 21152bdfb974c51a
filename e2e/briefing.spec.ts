import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { briefingPath, printBriefing } from '../scripts/lib/print-briefing.ts';

const TODAY = new Date('2026-12-01T12:00:00Z');

function pdfText(file: string, pages?: [number, number]): string {
  const range = pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : [];
  // Lines joined: a sentence may wrap anywhere.
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

const subjects = [
  {
    name: 'patrick-hoffstetter',
    search: { person: ['patrick-hoffstetter'], company: [] },
    facts: [
      'Patrick Hoffstetter',
      'Chief Digital Officer',
      'reports to the Chief Marketing Officer',
      'New vehicle configurator',
      '170 country directorates',
      'UNCERTAIN OR INFERRED',
    ],
    absent: ['Toyota'],
    maxPages: 4,
  },
  {
    name: 'patrick-pelata',
    search: { person: ['patrick-pelata'], company: [] },
    facts: [
      'Patrick Pélata',
      'Salesforce pilot projects with carmakers',
      '12 of 15 carmakers',
      'Nous sommes plutôt sur nouveau terrain',
    ],
    absent: ['Vizzavi', 'Mydeclic'],
    maxPages: 4,
  },
  {
    name: 'renault',
    search: { person: [], company: ['renault'] },
    facts: [
      'Renault',
      'Chief Marketing Officer',
      'Digital Factory',
      'Salesforce works with Renault',
    ],
    absent: ['Vizzavi'],
    maxPages: 6,
  },
  {
    name: 'salesforce',
    search: { person: [], company: ['salesforce'] },
    facts: ['Salesforce', 'Patrick Pélata', 'Toyota', '10,000 employees'],
    absent: ['Mydeclic'],
    maxPages: 5,
  },
];

for (const subject of subjects) {
  test(`the ${subject.name} briefing prints to A4 with its facts, citations and no UI chrome`, async ({
    page,
  }, testInfo) => {
    const { pdf, notices } = await printBriefing(page, briefingPath(subject.search), 'en', TODAY);
    expect(notices).toEqual([]);
    const file = testInfo.outputPath(`${subject.name}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );

    for (const fact of subject.facts) expect(text).toContain(fact);
    for (const word of subject.absent) expect(text).not.toContain(word);
    expect(text).toMatch(/\[\d+(, \d+)*\]/);
    expect(text).toContain('NOTES');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(pages).toBeLessThanOrEqual(subject.maxPages);
    for (const chrome of [
      'Filter by person or company',
      'Skip to content',
      'Clear filters',
      'Print\n',
      'Zoom in',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });
}

test('in French, the Hoffstetter briefing prints entirely in French', async ({
  page,
}, testInfo) => {
  const { pdf, notices } = await printBriefing(
    page,
    briefingPath({ person: ['patrick-hoffstetter'], company: [] }),
    'fr',
    TODAY,
  );
  expect(notices).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const file = testInfo.outputPath('patrick-hoffstetter-fr.pdf');
  writeFileSync(file, pdf);
  // Without -layout the words of a line stay together, whatever the columns.
  const text = pdfText(file);
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
  );

  for (const words of [
    'SYNTHÈSE · PAGE 1',
    'SYNTHÈSE · PERSONNE',
    'Patrick Hoffstetter',
    'Imprimée le 1er décembre 2026',
    'État des faits',
    'EN BREF',
    'PARCOURS',
    'PLACE DANS L’ORGANISATION',
    'PROJETS',
    'CHIFFRES CLÉS',
    'CITATIONS',
    'INCERTAIN OU DÉDUIT',
    'NOTES',
    'À la dernière source (2012) : Chief Digital Officer',
    'Nos sources sur Patrick Hoffstetter datent de 2012',
    'rend compte au poste de Chief Marketing Officer (Renault)',
    'Nouveau configurateur de véhicules',
    '170 directions de pays',
    'fin 1999',
    'vers 2011',
    'notre traduction',
    `Page 1 sur ${pages}`,
    'Dossier · synthèse',
  ]) {
    expect(text).toContain(words);
  }
  expect(text).toMatch(/\[\d+(, \d+)*\]/);
  // The interface's English words; the quotes' English translations and the English-only
  // reasoning of inferences are data and may use ordinary words, so these are UI phrases.
  for (const english of [
    'Briefing',
    'Produced',
    'Facts as of',
    'cited passages',
    'Summary',
    'Career',
    'Organization context',
    'Key figures',
    'UNCERTAIN OR INFERRED',
    'Now:',
    'Before:',
    '(inferred)',
    '(inf.)',
    'runs it',
    'contributes',
    '→ present',
    'as of',
    'our translation',
    'Page 1 of',
    'Not dated in the sources',
    'Fading ends',
    'reports to',
  ]) {
    expect(text).not.toContain(english);
  }
  expect(pages).toBeLessThanOrEqual(5);
});

const meeting = {
  en: {
    sections: ['WHO', 'WHAT TO KNOW', 'BETWEEN THEM', 'TALKING POINTS', 'TO VERIFY'],
    facts: [
      'MEETING BRIEF · 2 ATTENDEES',
      'Printed 1 December 2026',
      'Our sources on Patrick Hoffstetter and Patrick Pélata are from 2012–2013.',
      'as of 2012 (inferred) — about 14 years ago',
      'Salesforce has worked with Renault since 2009-2010',
      'Both have worked at Renault',
      'Who holds the Chief Marketing Officer post at Renault',
      'Patrick Pélata’s title at Salesforce: not stated in the source.',
      'not yet finally signed',
    ],
  },
  fr: {
    sections: ['QUI', 'À SAVOIR', 'ENTRE EUX', 'POINTS DE DISCUSSION', 'À VÉRIFIER'],
    facts: [
      'SYNTHÈSE DE RÉUNION · 2 PARTICIPANTS',
      'Imprimée le 1er décembre 2026',
      'Nos sources sur Patrick Hoffstetter et Patrick Pélata datent de 2012–2013.',
      'selon nos sources de 2012 (date déduite) — il y a environ 14 ans',
      'Salesforce travaille avec Renault depuis 2009-2010',
      'Tous deux ont travaillé chez Renault',
      'Qui occupe le poste de Chief Marketing Officer chez Renault',
      'Fonction de Patrick Pélata chez Salesforce : non précisée par la source.',
      'pas encore signés définitivement',
    ],
  },
};

for (const language of ['en', 'fr'] as const) {
  test(`the Hoffstetter + Pélata brief (${language}): page 1 holds the meeting, cited; then one appendix each`, async ({
    page,
  }, testInfo) => {
    const path = briefingPath({ person: ['patrick-hoffstetter', 'patrick-pelata'], company: [] });
    const { pdf, notices } = await printBriefing(page, path, language, TODAY);
    expect(notices).toEqual([]);
    const file = testInfo.outputPath(`meeting-${language}.pdf`);
    writeFileSync(file, pdf);
    const first = pdfText(file, [1, 1]);
    const words = meeting[language];
    for (const name of ['Patrick Hoffstetter', 'Patrick Pélata']) expect(first).toContain(name);
    for (const section of words.sections) expect(first).toContain(section);
    for (const fact of words.facts) expect(first).toContain(fact);
    // The last section ends on page 1, its last sentence cited: the page stands on its own.
    const verify = first.slice(first.indexOf(words.sections[4] ?? ''));
    expect(verify).toMatch(/\[\d+(, \d+)*\] (Dossier|Page)/);
    expect(pdfText(file, [2, 2])).toContain(
      language === 'en' ? 'Appendix: Patrick Hoffstetter' : 'Annexe : Patrick Hoffstetter',
    );
    expect(first.match(/\[\d+(, \d+)*\]/g)?.length ?? 0).toBeGreaterThan(15);
    // One appendix per attendee, at most four pages each with the notes, plus the meeting page.
    expect(pageCount(file)).toBeLessThanOrEqual(1 + 2 * 4);
    if (language === 'en') {
      const whole = pdfText(file).replace(/\s+/g, ' ');
      for (const subject of subjects.slice(0, 2))
        for (const fact of subject.facts) expect(whole).toContain(fact);
    }
  });
}

test('a reference opens its passage in the source reader; Print calls the browser’s print', async ({
  page,
}) => {
  await page.goto('/briefing?person=patrick-pelata');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.getByRole('link', { name: 'Note 1: open the passage in the source' }).first().click();
  await expect(page).toHaveURL(/\/sources\/itespresso-pelata\?record=/);
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeVisible();
});
