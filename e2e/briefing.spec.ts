import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { briefingPath, printBriefing } from '../scripts/lib/print-briefing.ts';

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
    maxPages: 4,
  },
];

for (const subject of subjects) {
  test(`the ${subject.name} briefing prints to A4 with its facts, citations and no UI chrome`, async ({
    page,
  }, testInfo) => {
    const { pdf, notices } = await printBriefing(page, briefingPath(subject.search));
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
  );
  expect(notices).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const file = testInfo.outputPath('patrick-hoffstetter-fr.pdf');
  writeFileSync(file, pdf);
  // Without -layout the words of a line stay together, whatever the columns.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
  );

  for (const words of [
    'FICHE DE SYNTHÈSE · PERSONNE',
    'Patrick Hoffstetter',
    'Établie le',
    'État des faits',
    'SYNTHÈSE',
    'PARCOURS',
    'PLACE DANS L’ORGANISATION',
    'PROJETS',
    'CHIFFRES CLÉS',
    'CITATIONS',
    'INCERTAIN OU DÉDUIT',
    'NOTES',
    'Aujourd’hui : Chief Digital Officer',
    'rend compte au poste de Chief Marketing Officer (Renault)',
    'Nouveau configurateur de véhicules',
    '170 directions de pays',
    'fin 1999',
    'vers 2011',
    'notre traduction',
    `Page 1 sur ${pages}`,
    'Dossier · fiche de synthèse',
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
