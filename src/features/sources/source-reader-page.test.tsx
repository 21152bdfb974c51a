import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

describe('source reader', () => {
  it('shows the whole text with its cited passages as links', async () => {
    renderApp('/sources/itespresso-pelata');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Interview Patrick Pélata – Salesforce/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Laisser une réponse/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /cited by \d+ records?$/ }).length).toBeGreaterThan(
      10,
    );
  });

  it('lists the records at a passage and opens one, its passage emphasised', async () => {
    const { user } = renderApp('/sources/itespresso-pelata');
    const passage = await screen.findByRole('link', {
      name: /une grande entreprise \(10.000 collaborateurs\) — cited by/,
    });
    await user.click(passage);
    const panel = await screen.findByRole('complementary', { name: 'Records citing this passage' });
    await user.click(within(panel).getByRole('link', { name: /Salesforce employees/ }));

    const card = await screen.findByRole('article', {
      name: /Salesforce employees: 10,000 employees/,
    });
    expect(card).toHaveAttribute('aria-current', 'true');
    expect(within(card).getByText('Interviewee')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Show in ITespresso.fr' })).toHaveAttribute(
      'href',
      '/sources/itespresso-pelata?record=salesforce-employees#passage-salesforce-employees-0',
    );
  });

  it('shows an inferred publication date with how it was inferred', async () => {
    renderApp('/sources/bfm-hoffstetter');
    expect(await screen.findByText('(year, inferred)')).toBeInTheDocument();
    expect(screen.getByText(/went on sale in autumn 2012/)).toBeInTheDocument();
  });

  it('falls back with a notice when the record in the URL does not exist', async () => {
    renderApp('/sources/bfm-hoffstetter?record=nobody');
    expect(await screen.findByRole('status')).toHaveTextContent('No record with id “nobody”');
    expect(
      screen.getByRole('complementary', { name: 'Records from this source' }),
    ).toBeInTheDocument();
  });
});

describe('source reader in French', () => {
  /** Words of the English reader that must not survive in the French one. */
  const ENGLISH =
    /Published|Original:|Transcription notes|Records (citing|from)|Select a highlighted|Show all|No record|profile/;

  it('labels the source, its passages and the records panel in French', async () => {
    const { user } = renderApp('/sources/bfm-hoffstetter', undefined, { locale: 'fr' });
    const title = await screen.findByRole('heading', { level: 1, name: /^Patrick Hoffstetter/ });
    expect(title).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Source · BFM Business · portrait')).toBeInTheDocument();
    expect(screen.getByText('Publication :')).toHaveTextContent(
      /^Publication : 2012 \(à l’année près, déduite\)/,
    );
    expect(screen.getByText('Notes de transcription')).toBeInTheDocument();
    const text = screen.getByRole('region', { name: 'Texte de la source' });
    // Every link of the text but the annotate-mode switch is a cited passage.
    const passages = within(text)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.includes('mode=annotate') !== true);
    expect(passages.length).toBeGreaterThan(0);
    for (const link of passages)
      expect(link).toHaveAttribute('aria-label', expect.stringMatching(/ — cité par \d+ fiches?$/));
    const panel = screen.getByRole('complementary', { name: 'Fiches de cette source' });
    expect(
      within(panel).getByText('Choisissez un passage surligné pour voir les fiches qu’il étaye.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('main').textContent?.match(ENGLISH)?.[0]).toBeUndefined();

    await user.click(passages[0] ?? text);
    const atPassage = await screen.findByRole('complementary', {
      name: 'Fiches citant ce passage',
    });
    expect(
      within(atPassage).getByRole('link', { name: /^Afficher (les \d+ fiches|la seule fiche)/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main').textContent?.match(ENGLISH)?.[0]).toBeUndefined();
  });

  it('says in French when the record or the source in the URL does not exist', async () => {
    renderApp('/sources/bfm-hoffstetter?record=nobody', undefined, { locale: 'fr' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Aucune fiche d’identifiant « nobody » ne cite cette source ; toutes les fiches sont affichées.',
    );
  });

  it('lists the sources in French when the one in the URL does not exist', async () => {
    renderApp('/sources/nope', undefined, { locale: 'fr' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        // Accessible names keep the no-break spaces French puts inside « ».
        name: /^Aucune source n’a l’identifiant «\snope\s»$/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Les sources de ce jeu de données sont :')).toBeInTheDocument();
  });
});
