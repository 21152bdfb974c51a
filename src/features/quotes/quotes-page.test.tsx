import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { smallDossierFiles } from '../../testing/small-dossier.ts';

/** The quote cards on the page, named "Speaker: « opening words… »". */
function cards() {
  return within(screen.getByRole('list', { name: 'Quotes' })).getAllByRole('article');
}

/** Who says what, card by card: "Bob Martin: Nous signerons". */
function speakers(): string[] {
  return cards().map((card) =>
    (card.getAttribute('aria-label') ?? '').replace(/ « (\S+ \S+).*/, ' $1'),
  );
}

/** The small dossier's four quotes, the older source (Le Courrier, 2010) first. */
const ALL_SMALL = [
  'Bob Martin: Nous signerons',
  'Bob Martin: Le portail',
  'Ada Lovelace: Notre portail',
  'Ada Lovelace: Globex est',
];

describe('quotes view', () => {
  it('shows each quote in French and in our English translation, with where it comes from', async () => {
    renderApp('/quotes?q=eyjafjoll');
    const card = await screen.findByRole('article', {
      name: /^Patrick Hoffstetter: « En touchant/,
    });
    const french = within(card).getByRole('figure', { name: 'Original (French)' });
    expect(within(french).getByRole('blockquote')).toHaveAttribute('lang', 'fr');
    expect(french).toHaveTextContent('« En touchant de plein fouet le secteur du tourisme');
    const english = within(card).getByRole('figure', { name: 'Our English translation' });
    expect(within(english).getByRole('blockquote')).toHaveAttribute('lang', 'en');
    expect(english).toHaveTextContent('By hitting the tourism sector head-on');

    expect(within(card).getByRole('link', { name: 'Patrick Hoffstetter' })).toHaveAttribute(
      'href',
      '/people/patrick-hoffstetter',
    );
    expect(card).toHaveTextContent('BFM Business');
    expect(card).toHaveTextContent('2012 (year, inferred)');
    expect(within(card).getByText('Interviewee')).toBeInTheDocument();
    const topics = within(card).getByRole('list', { name: 'Topics' });
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['career', 'e-commerce']);
    expect(within(card).getByRole('link', { name: 'Show passage in context' })).toHaveAttribute(
      'href',
      '/sources/bfm-hoffstetter?record=hoffstetter-eyjafjoll',
    );
    // The matched word is marked in the French text.
    expect(within(french).getByText('Eyjafjöll', { selector: 'mark' })).toBeInTheDocument();
  });

  it('a topic tag opens the quotes with that topic, and the topic can be dropped', async () => {
    const { user } = renderApp('/quotes?q=voiture+connect%C3%A9e');
    const card = await screen.findByRole('article', {
      name: /La voiture connectée change la donne/,
    });
    await user.click(
      within(card).getByRole('link', { name: 'Quotes on the topic “connected car”' }),
    );
    expect(await screen.findByText('Topic: connected car')).toBeInTheDocument();
    expect(cards().length).toBeGreaterThan(0);
    for (const shown of cards())
      expect(within(shown).getByRole('list', { name: 'Topics' })).toHaveTextContent(
        'connected car',
      );
  });

  it('ignores an unknown topic with a notice', async () => {
    renderApp('/quotes?topic=nothing-like-it', smallDossierFiles());
    expect(
      await screen.findByText('No quote has the topic “nothing-like-it”; it is ignored.'),
    ).toBeInTheDocument();
    expect(speakers()).toEqual(ALL_SMALL);
  });

  it('lists every quote, the older source first, in the order each source gives them', async () => {
    renderApp('/quotes', smallDossierFiles());
    expect(await screen.findByText('4 quotes')).toBeInTheDocument();
    expect(speakers()).toEqual(ALL_SMALL);
  });

  it('shows only the chosen person’s quotes', async () => {
    renderApp('/quotes?person=bob', smallDossierFiles());
    expect(await screen.findByText('2 of 4 quotes pass the filter')).toBeInTheDocument();
    expect(speakers()).toEqual(['Bob Martin: Nous signerons', 'Bob Martin: Le portail']);
  });

  it('shows the quotes about a company', async () => {
    renderApp('/quotes?company=globex', smallDossierFiles());
    await screen.findByRole('list', { name: 'Quotes' });
    expect(speakers()).toEqual(['Ada Lovelace: Globex est']);
  });

  it('combines the search with the person filter', async () => {
    renderApp('/quotes?q=experience&person=patrick-pelata');
    expect(
      await screen.findByText('1 quote matches “experience” within the filter'),
    ).toBeInTheDocument();
    expect(cards()).toHaveLength(1);
    expect(cards()[0]).toHaveAccessibleName(/^Patrick Pélata: « Certains groupes automobiles/);
  });

  it('narrows the list as one types, and keeps the query in the URL', async () => {
    const { router, user } = renderApp('/quotes');
    const box = await screen.findByRole('searchbox', { name: 'Search quotes' });
    const entries = router.history.length;
    await user.type(box, 'innovation');
    expect(await screen.findByText('3 quotes match “innovation”')).toBeInTheDocument();
    expect(cards()).toHaveLength(3);
    // The URL follows once typing pauses.
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'innovation' }));
    // Keystrokes replace the history entry instead of adding one each.
    expect(router.history.length).toBe(entries);

    await user.clear(box);
    await user.type(box, 'collab');
    expect(await screen.findByText('4 quotes match “collab”')).toBeInTheDocument();
    expect(screen.getAllByText(/^collaboration$/i, { selector: 'mark' }).length).toBeGreaterThan(0);
  });

  it('says when nothing matches and offers to clear the search', async () => {
    const { user } = renderApp('/quotes?q=zeppelin&person=bob', smallDossierFiles());
    expect(await screen.findByText('No quote matches this search and filter.')).toHaveAttribute(
      'role',
      'status',
    );
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByText('2 of 4 quotes pass the filter')).toBeInTheDocument();
    const box = screen.getByRole('searchbox', { name: 'Search quotes' });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });
});

describe('quotes view in French', () => {
  it('keeps the original French and our English translation, labelled in French', async () => {
    renderApp('/quotes?q=eyjafjoll', undefined, { locale: 'fr' });
    const card = await screen.findByRole('article', {
      name: /^Patrick Hoffstetter : « En touchant/,
    });
    const french = within(card).getByRole('figure', { name: 'Original (français)' });
    expect(within(french).getByRole('blockquote')).toHaveAttribute('lang', 'fr');
    expect(french).toHaveTextContent('« En touchant de plein fouet le secteur du tourisme');
    const english = within(card).getByRole('figure', { name: 'Notre traduction anglaise' });
    expect(within(english).getByRole('blockquote')).toHaveAttribute('lang', 'en');
    expect(english).toHaveTextContent('By hitting the tourism sector head-on');

    expect(screen.getByText('1 citation correspond à « eyjafjoll »')).toBeInTheDocument();
    expect(card).toHaveTextContent('2012 (à l’année près, déduite)');
    const topics = within(card).getByRole('list', { name: 'Thèmes' });
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['parcours', 'e-commerce']);
    expect(
      within(card).getByRole('link', { name: 'Voir le passage dans son contexte' }),
    ).toHaveAttribute('href', '/sources/bfm-hoffstetter?record=hoffstetter-eyjafjoll');
  });

  it('counts the quotes a filter leaves in French', async () => {
    renderApp('/quotes?person=bob', smallDossierFiles(), { locale: 'fr' });
    expect(
      await screen.findByText('2 citations sur 4 correspondent au filtre'),
    ).toBeInTheDocument();
  });

  it('searches, counts and says when nothing matches, in French', async () => {
    const { user } = renderApp('/quotes?person=patrick-pelata', undefined, { locale: 'fr' });
    const box = await screen.findByRole('searchbox', { name: 'Rechercher dans les citations' });
    expect(box).toHaveAttribute('placeholder', 'p. ex. innovation, expérience, collab…');
    expect(screen.getByRole('list', { name: 'Citations' })).toBeInTheDocument();

    // A French topic word finds the quotes whose topic it names.
    await user.type(box, 'parcours');
    expect(await screen.findByText(/citations? correspond/)).toBeInTheDocument();
    const topicWords = screen.getAllByText('parcours', { selector: 'li mark' });
    expect(topicWords.length).toBeGreaterThan(0);

    await user.clear(box);
    await user.type(box, 'zep');
    expect(
      await screen.findByText('Aucune citation ne correspond à « zep » dans le filtre'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Aucune citation ne correspond à cette recherche et à ce filtre.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    expect(
      screen
        .getByRole('main')
        .textContent?.match(
          /Search quotes|Quotes|quotes? match|pass the filter|Show passage|Original \(French\)|Our English|Topics|How we inferred/,
        )?.[0],
    ).toBeUndefined();
  });
});
