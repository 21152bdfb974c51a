import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { minimalDataFolder, toFiles } from '../../testing/data-folder.ts';
import { renderApp } from '../../testing/render-app.tsx';

/** The first render loads and checks the data: slower than Testing Library's default wait on a busy machine. */
const FIRST_RENDER = { timeout: 5000 };

describe('overview', () => {
  it('lists sources, people, organizations and counts', async () => {
    renderApp('/');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Dossier — built-in interviews' },
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    const counts = screen.getByRole('region', { name: 'Records' });
    expect(counts).toHaveTextContent(/People2(?!\d)/);
    expect(screen.getByRole('link', { name: /Interview Patrick Pélata/ })).toHaveAttribute(
      'href',
      '/sources/itespresso-pelata',
    );
    expect(screen.getByRole('heading', { name: 'Patrick Hoffstetter' })).toBeInTheDocument();
    const organizations = screen.getByRole('region', { name: 'Organizations' });
    expect(within(organizations).getByText('Digital Factory')).toBeInTheDocument();
  });

  it('lists the organizations the filter keeps, as many as its count tile says', async () => {
    renderApp('/?company=renault');
    const counts = await screen.findByRole(
      'region',
      { name: 'Records matching the filter' },
      FIRST_RENDER,
    );
    const tile = within(counts).getByRole('link', { name: 'Organizations' });
    expect(tile).toHaveAttribute('href', '/org?company=renault');
    const count = Number(/Organizations(\d+)/.exec(counts.textContent)?.[1]);
    expect(count).toBeGreaterThan(1);
    const organizations = screen.getByRole('region', { name: 'Organizations' });
    expect(within(organizations).getAllByRole('link')).toHaveLength(count);
    expect(within(organizations).getByRole('link', { name: 'Renault' })).toBeInTheDocument();
    expect(within(organizations).queryByRole('link', { name: 'Ford' })).not.toBeInTheDocument();
  });

  it('count tiles open their view with the filter', async () => {
    renderApp('/?person=patrick-pelata');
    const counts = await screen.findByRole(
      'region',
      { name: 'Records matching the filter' },
      FIRST_RENDER,
    );
    expect(within(counts).getByRole('link', { name: 'Projects' })).toHaveAttribute(
      'href',
      '/projects?person=patrick-pelata',
    );
    expect(within(counts).getByRole('link', { name: 'Quotes' })).toHaveAttribute(
      'href',
      '/quotes?person=patrick-pelata',
    );
    expect(within(counts).getByRole('link', { name: 'Roles' })).toHaveAttribute(
      'href',
      '/timeline?person=patrick-pelata',
    );
  });

  it('shows the data problems instead of a blank page', async () => {
    const folder = minimalDataFolder();
    const position = folder.records.positions?.[0];
    if (position) position.organization = 'globex';
    renderApp('/', toFiles(folder));
    const alert = await screen.findByRole('alert', {}, FIRST_RENDER);
    expect(alert).toHaveTextContent('records.json');
    expect(alert).toHaveTextContent('ada-acme');
    expect(alert).toHaveTextContent('positions[0].organization');
    expect(alert).toHaveTextContent('unknown id "globex"');
  });

  it('offers a retry when the manifest cannot be fetched', async () => {
    const files = toFiles(minimalDataFolder());
    files.delete('manifest.json');
    renderApp('/', files);
    const alert = await screen.findByRole('alert', {}, FIRST_RENDER);
    expect(alert).toHaveTextContent('manifest.json could not be read: HTTP 404');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('overview in French', () => {
  it('shows headings, counts, kinds, genres and summaries in French', async () => {
    renderApp('/', undefined, { locale: 'fr' });
    const counts = await screen.findByRole('region', { name: 'Fiches' }, FIRST_RENDER);
    expect(counts).toHaveTextContent(/Personnes2(?!\d)/);
    expect(counts).toHaveTextContent(/Fonctions\d/);
    expect(counts).toHaveTextContent(/Citations\d/);
    expect(screen.getByRole('heading', { level: 2, name: 'Personnes' })).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByText(/ · entretien$/).length).toBeGreaterThan(0);
    expect(within(sources).getAllByText(/^Date de publication :$/).length).toBeGreaterThan(0);
    expect(within(sources).getAllByText(/^\d+ passages cités$/).length).toBeGreaterThan(0);
    const organizations = screen.getByRole('region', { name: 'Organisations' });
    expect(within(organizations).getAllByText('entreprise').length).toBeGreaterThan(0);
    expect(
      screen.getByText(
        'Chaque fiche ci-dessous renvoie au passage de l’entretien dont elle provient.',
      ),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    for (const english of ['Records', 'People', 'Published', 'cited passages', 'company'])
      expect(main).not.toHaveTextContent(english);
  });
});
