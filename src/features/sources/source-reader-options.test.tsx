import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInDataFiles } from '../../testing/data-folder.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { READER_STORAGE_KEY } from './reader-preferences.ts';

beforeEach(() => {
  localStorage.removeItem(READER_STORAGE_KEY);
});

function remembered(): unknown {
  return JSON.parse(localStorage.getItem(READER_STORAGE_KEY) ?? 'null');
}

/** The cited passages of the source text (its only links). */
async function passages(): Promise<HTMLElement[]> {
  const text = await screen.findByRole('region', { name: 'Source text' });
  return within(text).getAllByRole('link');
}

describe('reader highlights', () => {
  it('marks the selected record’s passages strongly and the rest faintly, or not at all', async () => {
    const { user } = renderApp('/sources/bfm-hoffstetter?record=renault-digital-factory');
    const links = await passages();
    const all = screen.getByRole('checkbox', { name: 'Highlight all passages' });
    expect(all).toBeChecked();

    const selected = links.filter((link) => link.getAttribute('aria-current') === 'true');
    const others = links.filter((link) => link.getAttribute('aria-current') === null);
    const selectedText = selected.map((link) => link.textContent).join('');
    expect(selectedText).toBe(
      'La création de la Digital Factory chez Renault' +
        "ou directeur de la Digital Factory, l'usine numérique" +
        "le constructeur automobile centenaire ne dispose d'une usine numérique que depuis à peine dix-huit mois",
    );
    for (const link of selected) expect(link).toHaveClass('passage--selected');
    expect(others.length).toBeGreaterThan(40);
    for (const link of others) expect(link).toHaveClass('passage--faint');

    await user.click(all);
    expect(all).not.toBeChecked();
    for (const link of selected) expect(link).toHaveClass('passage--selected');
    for (const link of others) expect(link).toHaveClass('passage--quiet');
    expect(remembered()).toEqual({ highlightAll: false, translation: false });
  });

  it('starts from the remembered choice, and says what it shows with no record chosen', async () => {
    localStorage.setItem(
      READER_STORAGE_KEY,
      JSON.stringify({ highlightAll: false, translation: false }),
    );
    renderApp('/sources/itespresso-pelata');
    const links = await passages();
    expect(screen.getByRole('checkbox', { name: 'Highlight all passages' })).not.toBeChecked();
    expect(
      screen.getByText(
        'Only the selected record’s passages are highlighted: choose a record in the panel.',
      ),
    ).toBeInTheDocument();
    for (const link of links) expect(link).toHaveClass('passage--quiet');
  });
});

describe('the web page’s furniture', () => {
  it('is muted, labelled for screen readers and never a passage', async () => {
    renderApp('/sources/itespresso-pelata');
    const text = await screen.findByRole('region', { name: 'Source text' });
    for (const words of [/^Accueil \/ Non classé/, /^Laisser une réponse$/, /^viaInterview/]) {
      const paragraph = within(text).getByText(words);
      expect(paragraph).toHaveClass('paragraph--chrome');
      // The breadcrumb repeats the headline word for word: the headline holds its citation.
      expect(within(paragraph).queryByRole('link')).not.toBeInTheDocument();
    }
    expect(within(text).getAllByText('Web page furniture, not part of the article:')).toHaveLength(
      5,
    );
    const headline = within(text).getByRole('heading', { level: 2, name: /^Interview Patrick/ });
    expect(within(headline).getByRole('link')).toHaveAccessibleName(/— cited by \d+ records?$/);
  });
});

describe('our English translation', () => {
  it('is shown beside each paragraph on demand, in English, and remembered', async () => {
    const { user } = renderApp('/sources/itespresso-pelata');
    const text = await screen.findByRole('region', { name: 'Source text' });
    const toggle = screen.getByRole('checkbox', { name: 'Show English translation' });
    expect(toggle).not.toBeChecked();
    const inEnglish = () =>
      within(text)
        .getAllByRole('paragraph')
        .filter((p) => p.getAttribute('lang') === 'en');
    expect(inEnglish()).toEqual([]);

    await user.click(toggle);
    expect(
      within(text).getByText('ITespresso.fr: What is Salesforce’s position in the car industry?'),
    ).toHaveAttribute('lang', 'en');
    const french = within(text)
      .getAllByRole('paragraph')
      .filter((p) => p.textContent?.startsWith('ITespresso.fr : Quelle est la position'));
    expect(french).toHaveLength(1);
    expect(french[0]).toHaveAttribute('lang', 'fr');
    expect(french[0]).toHaveAttribute('data-paragraph', '2');
    // One translation for each of the 15 paragraphs of the article; none for the 5 of furniture.
    expect(inEnglish()).toHaveLength(15);
    expect(inEnglish().map((p) => p.textContent)).not.toContainEqual(
      expect.stringMatching(/réponse|reply/),
    );
    expect(remembered()).toEqual({ highlightAll: true, translation: true });
  });

  it('says so where a paragraph has no translation yet, in French too', async () => {
    localStorage.setItem(
      READER_STORAGE_KEY,
      JSON.stringify({ highlightAll: true, translation: true }),
    );
    const files = builtInDataFiles();
    const file = 'sources/bfm-hoffstetter.json';
    files.set(
      file,
      (files.get(file) ?? '').replace(/,\n\s*"translation": "A many-sided career"/, ''),
    );
    renderApp('/sources/bfm-hoffstetter', files, { locale: 'fr' });
    expect(
      await screen.findByRole('checkbox', { name: 'Afficher la traduction anglaise' }),
    ).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Surligner tous les passages' })).toBeChecked();
    const missing = screen.getAllByText('Pas encore de traduction anglaise de ce paragraphe.');
    expect(missing).toHaveLength(1);
    expect(missing[0]).not.toHaveAttribute('lang');
    expect(screen.getByText('Convaincre les diverses directions')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Winning over the various directorates')).toHaveAttribute('lang', 'en');
  });
});

describe('the records panel', () => {
  it('lists each record once, its several passages under it', async () => {
    const { user } = renderApp('/sources/bfm-hoffstetter');
    const panel = await screen.findByRole('complementary', { name: 'Records from this source' });
    const recordLinks = within(panel)
      .getAllByRole('link')
      .filter((link) => !link.getAttribute('href')?.includes('#'));
    const names = recordLinks.map((link) => link.textContent);
    expect(names).toHaveLength(86);
    expect(new Set(names).size).toBe(86);

    const passagesOfFactory = within(panel).getByRole('list', {
      name: 'The 3 passages of “Renault › Digital Factory” in this text',
    });
    const links = within(passagesOfFactory).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      [0, 1, 2].map(
        (i) =>
          `/sources/bfm-hoffstetter?record=renault-digital-factory#passage-renault-digital-factory-${i}`,
      ),
    );
    expect(links[2]).toHaveTextContent(
      "le constructeur automobile centenaire ne dispose d'une usine…",
    );

    // jsdom lays nothing out and has no scrollIntoView, which the router calls for the hash.
    Element.prototype.scrollIntoView = () => undefined;
    await user.click(links[1] ?? panel);
    const card = await screen.findByRole('article', { name: /Renault › Digital Factory/ });
    expect(card).toHaveAttribute('aria-current', 'true');
  });
});
