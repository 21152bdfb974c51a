import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

/** The first render loads and checks the data: slower than Testing Library's default wait on a busy machine. */
const FIRST_RENDER = { timeout: 5000 };

describe('timeline', () => {
  it('shows career lanes with dates and their precision in words', async () => {
    renderApp('/timeline');
    const lane = await screen.findByRole('group', { name: 'Patrick Hoffstetter' }, FIRST_RENDER);
    expect(
      within(lane).getByRole('button', {
        name: 'Role: SFR (role not stated), from 2000 (year, stated) to 2005 (year, stated); interviewee',
      }),
    ).toBeInTheDocument();
    expect(
      within(lane).getByRole('button', {
        name: /^Role: Chief Digital Officer .*from c\. 2011 \(approximate, inferred\) to the latest source/,
      }),
    ).toBeInTheDocument();
  });

  it('opens an item’s details with its evidence and closes them with Escape', async () => {
    const { user, router } = renderApp('/timeline');
    const item = await screen.findByRole(
      'button',
      {
        name: /^Role: Head of audience, Yahoo › Yahoo France/,
      },
      FIRST_RENDER,
    );
    await user.click(item);
    const details = await screen.findByRole('complementary', { name: 'Details' });
    expect(router.state.location.search).toMatchObject({ item: 'hoffstetter-yahoo-france' });
    expect(within(details).getByRole('link', { name: 'Show in BFM Business' })).toHaveAttribute(
      'href',
      expect.stringContaining('/sources/bfm-hoffstetter?record=hoffstetter-yahoo-france'),
    );
    await user.click(screen.getByRole('button', { name: /^Role: Head of audience/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Details' })).not.toBeInTheDocument();
  });

  it('moves between items with the arrow keys, one tab stop for the chart', async () => {
    const { user } = renderApp('/timeline?person=patrick-hoffstetter');
    const lane = await screen.findByRole('group', { name: 'Patrick Hoffstetter' }, FIRST_RENDER);
    const buttons = within(lane).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons.at(-1)).toHaveFocus();
  });

  it('filters lanes by company, units included', async () => {
    renderApp('/timeline?company=renault');
    expect(await screen.findByRole('group', { name: 'Renault' }, FIRST_RENDER)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Patrick Hoffstetter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Yahoo/ })).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    renderApp('/timeline?company=salesforce&voice=inferred');
    expect(await screen.findByRole('status', {}, FIRST_RENDER)).toHaveTextContent(
      'No records match this filter.',
    );
  });

  it('filters by voice', async () => {
    renderApp('/timeline?voice=interviewee');
    const lane = await screen.findByRole('group', { name: 'Patrick Hoffstetter' }, FIRST_RENDER);
    // His time at SFR is in his own words; his post at Yahoo France is the journalist's.
    expect(
      within(lane).queryByRole('button', { name: /^Role: Head of audience, Yahoo/ }),
    ).not.toBeInTheDocument();
    expect(within(lane).getByRole('button', { name: /^Role: SFR/ })).toBeInTheDocument();
    expect(within(lane).getByRole('button', { name: /The internet bubble/ })).toBeInTheDocument();
  });
});

describe('timeline in French', () => {
  it('labels the view, its controls and its items in French, dates included', async () => {
    renderApp('/timeline', undefined, { locale: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chronologie' }, FIRST_RENDER),
    ).toBeVisible();
    const lane = await screen.findByRole('group', { name: 'Patrick Hoffstetter' }, FIRST_RENDER);
    expect(
      within(lane).getByRole('button', {
        name: 'Fonction : SFR (fonction non précisée), début : 2000 (à l’année près, citée), fin : 2005 (à l’année près, citée) ; personne interrogée',
      }),
    ).toBeInTheDocument();
    expect(
      within(lane).getByRole('button', {
        name: /^Fonction : .*début : vers 2011 \(approximative, déduite\), jusqu’à la dernière source/,
      }),
    ).toBeInTheDocument();
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? '');
    expect(names).toContainEqual(expect.stringContaining('juin 2012'));
    expect(names).toContainEqual(expect.stringContaining('fin 1999'));
    expect(screen.getByRole('toolbar', { name: 'Zoom et défilement' })).toHaveTextContent(
      /Zoom avant.*Zoom arrière.*Plus tôt.*Plus tard.*Tout afficher.*Période affichée : \d{4}–\d{4}/,
    );
    expect(screen.getByRole('region', { name: 'Graphique chronologique' })).toBeInTheDocument();
    expect(screen.getByText('Comment lire la chronologie')).toBeInTheDocument();
    expect(screen.getByText(/^Dernière source \(2013\)$/)).toBeInTheDocument();
    const main = screen.getByRole('main');
    for (const english of ['Timeline', 'dated item', 'Zoom in', 'Show all', 'Latest source'])
      expect(main).not.toHaveTextContent(english);
    for (const name of names) expect(name).not.toMatch(/\b(from|to present|Role|Event):/);
  });

  it('opens the details under a French heading and closes them with « Fermer »', async () => {
    const { user } = renderApp('/timeline?item=hoffstetter-sfr', undefined, { locale: 'fr' });
    const details = await screen.findByRole('complementary', { name: 'Détails' }, FIRST_RENDER);
    expect(within(details).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('complementary', { name: 'Détails' })).not.toBeInTheDocument();
  });

  it('says in French that nothing matches', async () => {
    renderApp('/timeline?company=salesforce&voice=inferred', undefined, { locale: 'fr' });
    expect(await screen.findByRole('status', {}, FIRST_RENDER)).toHaveTextContent(
      'Aucune fiche ne correspond à ce filtre.',
    );
  });
});
