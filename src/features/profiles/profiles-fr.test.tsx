import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

// English interface words that must not show on a French page (data in English, such as the
// translations beside the French quotes, is expected and not listed here).
const ENGLISH_UI = [
  'Passage in',
  'present',
  'holder not named',
  'Status:',
  'worked at',
  'works at',
  'reports to',
  'quoted by',
  'as of',
  'Reports to',
  'Runs it',
  'What each source says',
  'records',
];

describe('profiles in French', () => {
  it('shows a person with French sections, dates and sentences', async () => {
    renderApp('/people/patrick-hoffstetter', undefined, { locale: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Patrick Hoffstetter' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/féru de nouvelles technologies/)).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('list', { name: 'Fonctions à la dernière source' })).toHaveTextContent(
      'Chief Digital Officer (CDO), directeur de la Digital Factory · Renault › Digital Factory',
    );
    const contents = screen.getByRole('navigation', { name: 'Sur cette page' });
    expect(
      within(contents).getByRole('link', { name: 'Ce que dit chaque source · 1 source' }),
    ).toBeInTheDocument();
    expect(
      within(contents).getByRole('link', {
        name: /^Relations · \d+ liens avec des personnes et des organisations$/,
      }),
    ).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: /^Tout afficher : \d+/ }))
      await userEvent.click(button);

    const roles = screen.getByRole('region', { name: 'Fonctions' });
    const renault = within(roles).getAllByRole('listitem').at(0);
    expect(renault).toHaveTextContent('vers 2011 (approximative, déduite) – dernière source');
    expect(renault).toHaveTextContent(
      'Rend compte au poste de Chief Marketing Officer — titulaire non nommé (Renault)',
    );
    expect(
      within(roles).getByRole('link', {
        name: /^Passage dans BFM Business pour .*Patron de l’audience/,
      }),
    ).toBeInTheDocument();

    const relations = screen.getByRole('region', { name: 'Relations' });
    expect(relations).toHaveTextContent(
      'a travaillé chez SFR (2000 (à l’année près, citée) – 2005 (à l’année près, citée))',
    );
    expect(relations).toHaveTextContent('propos cités par BFM Business (10 citations)');

    const projects = screen.getByRole('region', { name: 'Projets' });
    expect(projects).toHaveTextContent('Statut : En cours');
    expect(projects).toHaveTextContent('Le dirige');

    // Quotes: the French original with the English translation beside, in both interfaces.
    const quotes = screen.getByRole('region', { name: 'Citations' });
    expect(
      within(quotes).getByText(/La voiture connectée change la donne/, { selector: 'blockquote' }),
    ).toHaveAttribute('lang', 'fr');
    expect(
      within(quotes).getByText(/The connected car changes the game/, { selector: 'blockquote' }),
    ).toHaveAttribute('lang', 'en');

    expect(screen.getByRole('region', { name: 'Ce que dit chaque source' })).toHaveTextContent(
      /\d+ éléments/,
    );
    const main = screen.getByRole('main');
    for (const words of ENGLISH_UI) expect(main).not.toHaveTextContent(words);
  });

  it('shows a company in French: kind, units, posts, figures, relations', async () => {
    renderApp('/companies/renault', undefined, { locale: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Renault' })).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: /^Tout afficher : \d+/ }))
      await userEvent.click(button);
    expect(screen.getByRole('list', { name: 'Entités de Renault' })).toHaveTextContent('direction');
    const people = screen.getByRole('region', { name: 'Personnes' });
    expect(
      within(
        within(people).getByRole('region', { name: 'En poste à la dernière source' }),
      ).getByRole('heading', {
        name: 'Chief Marketing Officer — titulaire non nommé',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Chiffres' })).toHaveTextContent(
      'Directions de pays de Renault170 directions de paysdate du chiffre : 2012 (à l’année près, déduite)',
    );
    expect(screen.getByRole('region', { name: 'Relations' })).toHaveTextContent(
      'Salesforce travaille avec Renault',
    );
    expect(screen.getByRole('region', { name: 'Citations à son sujet' })).toBeInTheDocument();
    for (const words of ENGLISH_UI) expect(screen.getByRole('main')).not.toHaveTextContent(words);
  });

  it('says in French which company a unit belongs to, and what the voice filter hides', async () => {
    renderApp('/companies/renault-digital-factory?voice=journalist', undefined, { locale: 'fr' });
    expect(await screen.findByText(/^Fait partie de/)).toHaveTextContent('Fait partie de Renault');
    expect(screen.getByRole('status')).toHaveTextContent(
      /Filtre de voix : seuls les éléments de voix « Journaliste » sont affichés/,
    );
    expect(screen.getByRole('link', { name: 'Afficher toutes les voix' })).toBeInTheDocument();
  });

  it('names an unknown id in French', async () => {
    renderApp('/people/nobody', undefined, { locale: 'fr' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /^Aucune personne avec l’identifiant «\s*nobody\s*»$/,
      }),
    ).toBeInTheDocument();
  });
});
