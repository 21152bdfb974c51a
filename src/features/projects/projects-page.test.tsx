import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { smallDossierFiles } from '../../testing/small-dossier.ts';

/** The small dossier's five projects, in lifecycle order (see small-dossier.ts). */
const ALL_SMALL = ['Zeta plan', 'Robot pilot', 'Globex deal', 'Customer portal', 'Audit'];

async function findTable() {
  return screen.findByRole('table', { name: /^Projects, sorted by/ });
}

/** Project names in the order the table shows them. */
function projectOrder(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('button').textContent ?? '');
}

describe('projects', () => {
  it('lists every project with its organizations, owner, status, dates, voice and passage', async () => {
    renderApp('/projects');
    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    const table = await findTable();
    expect(
      within(table).getByRole('button', { name: 'Salesforce–Renault collaboration' }),
    ).toBeInTheDocument();

    const row = within(table).getByRole('row', { name: /^New vehicle configurator/ });
    expect(within(row).getByText('Nouveau configurateur de véhicules')).toHaveAttribute(
      'lang',
      'fr',
    );
    expect(within(row).getByRole('link', { name: 'Renault › Digital Factory' })).toHaveAttribute(
      'href',
      '/companies/renault-digital-factory',
    );
    expect(within(row).getByRole('link', { name: 'Patrick Hoffstetter' })).toHaveAttribute(
      'href',
      '/people/patrick-hoffstetter',
    );
    expect(within(row).getByText('In progress (inferred)')).toBeInTheDocument();
    expect(within(row).getByText('Journalist')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /^Show in BFM Business/ })).toHaveAttribute(
      'href',
      '/sources/bfm-hoffstetter?record=vehicle-configurator#passage-vehicle-configurator-0',
    );

    const dated = within(table).getByRole('row', { name: /^Yahoo France content supply/ });
    expect(within(dated).getByText('2005')).toHaveAttribute('dateTime', '2005');
    expect(within(dated).getAllByText('(year, stated)')).toHaveLength(1);
    expect(within(dated).getByText('(year, inferred)')).toBeInTheDocument();

    const ownerless = within(table).getByRole('row', { name: /^Launch of Vizzavi/ });
    expect(within(ownerless).getByText('No owner stated')).toBeInTheDocument();
    expect(within(ownerless).getByText(/Contributor:/)).toHaveTextContent(
      'Contributor: Patrick Hoffstetter',
    );
  });

  it('lists one row per project of the folder, in lifecycle order, and counts them', async () => {
    renderApp('/projects', smallDossierFiles());
    expect(projectOrder(await findTable())).toEqual(ALL_SMALL);
    expect(screen.getByText('5 projects')).toBeInTheDocument();
  });

  it('sorts by a column header, in the URL, with undated projects last both ways', async () => {
    const { router, user } = renderApp('/projects');
    const table = await findTable();
    expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(projectOrder(table)[0]).toBe('12 macro-projects for next year');

    await user.click(within(table).getByRole('button', { name: 'Project' }));
    expect(router.state.location.search).toMatchObject({ sort: 'project' });
    expect(within(table).getByRole('columnheader', { name: /Project/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getByRole('columnheader', { name: /Status/ })).not.toHaveAttribute(
      'aria-sort',
    );
    expect(projectOrder(table).slice(0, 2)).toEqual([
      '12 macro-projects for next year',
      'Clio launch marketing, adapted for each country',
    ]);

    await user.click(within(table).getByRole('button', { name: 'Project' }));
    expect(router.state.location.search).toMatchObject({ sort: '-project' });
    expect(projectOrder(table)[0]).toBe('Yahoo France content supply');

    await user.click(within(table).getByRole('button', { name: 'Dates' }));
    expect(router.state.location.search).toMatchObject({ sort: 'dates' });
    expect(projectOrder(table).at(-1)).toBe('Vehicle launch sites');
    await user.click(within(table).getByRole('button', { name: 'Dates' }));
    expect(router.state.location.search).toMatchObject({ sort: '-dates' });
    expect(projectOrder(table)[0]).toBe('12 macro-projects for next year');
    expect(projectOrder(table).at(-1)).toBe('Vehicle launch sites');
  });

  it('reads the sort from the URL', async () => {
    renderApp('/projects?sort=-status');
    const table = await findTable();
    expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(projectOrder(table)[0]).toBe('Distribution and white-label deals');
  });

  it('falls back to the lifecycle order for a sort it does not know', async () => {
    renderApp('/projects?sort=colour');
    const table = await findTable();
    expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('groups projects by status on the board, in lifecycle order', async () => {
    const { router, user } = renderApp('/projects');
    await findTable();
    await user.click(screen.getByRole('radio', { name: 'Board' }));
    expect(router.state.location.search).toMatchObject({ view: 'board' });
    const board = screen.getByRole('region', { name: 'Projects by status' });
    expect(
      within(board)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.firstChild?.textContent?.trim()),
    ).toEqual(['Planned', 'In progress', 'Pilot', 'Negotiation', 'Launched', 'Completed', 'Ended']);
    const completed = within(board).getByRole('region', { name: 'Completed 4 projects' });
    expect(
      within(completed).getByRole('article', { name: 'Launch of Vizzavi' }),
    ).toBeInTheDocument();
    const inProgress = within(board).getByRole('region', { name: /^In progress/ });
    const card = within(inProgress).getByRole('article', { name: 'New vehicle configurator' });
    expect(within(card).getByRole('link', { name: /^Show in BFM Business/ })).toHaveAttribute(
      'href',
      '/sources/bfm-hoffstetter?record=vehicle-configurator#passage-vehicle-configurator-0',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(router.state.location.search).not.toHaveProperty('view');
    expect(await findTable()).toBeInTheDocument();
  });

  it('opens a project’s details and closes them with Escape or Close', async () => {
    const { user } = renderApp('/projects');
    const table = await findTable();
    const name = within(table).getByRole('button', { name: 'Launch of the new connected Clio' });
    await user.click(name);
    const panel = screen.getByRole('complementary', { name: 'Project details' });
    expect(within(panel).getByRole('heading', { name: 'Project details' })).toHaveFocus();
    expect(name).toHaveAttribute('aria-expanded', 'true');
    const card = within(panel).getByRole('article', { name: 'Launch of the new connected Clio' });
    expect(
      within(within(card).getByRole('list', { name: 'Evidence' })).getAllByRole('listitem'),
    ).toHaveLength(3);

    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('complementary', { name: 'Project details' }),
    ).not.toBeInTheDocument();
    expect(name).toHaveFocus();

    await user.click(within(table).getByRole('button', { name: 'E-reputation tool' }));
    await user.click(screen.getByRole('button', { name: 'Close project details' }));
    expect(
      screen.queryByRole('complementary', { name: 'Project details' }),
    ).not.toBeInTheDocument();
  });

  it('shows the projects a person runs, works on or speaks about', async () => {
    renderApp('/projects?person=bob', smallDossierFiles());
    const table = await findTable();
    // Bob runs the deal, works on the robot pilot and speaks about the customer portal.
    expect(projectOrder(table)).toEqual(['Robot pilot', 'Globex deal', 'Customer portal']);
    expect(screen.getByText('3 of 5 projects match the filter')).toBeInTheDocument();
  });

  it('counts a company’s units as the company', async () => {
    renderApp('/projects?company=renault');
    const table = await findTable();
    expect(
      within(table).getByRole('button', { name: 'New vehicle configurator' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'E-reputation tool' })).toBeInTheDocument();
    expect(
      within(table).queryByRole('button', { name: 'Launch of Vizzavi' }),
    ).not.toBeInTheDocument();
  });

  it('narrows to one status with status= in the URL, set from a select', async () => {
    const { router, user } = renderApp('/projects', smallDossierFiles());
    const table = await findTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), 'Planned');
    expect(router.state.location.search).toMatchObject({ status: 'planned' });
    await waitFor(() => expect(projectOrder(table)).toEqual(['Zeta plan']));
    expect(within(table).getByRole('row', { name: /^Zeta plan/ })).toHaveTextContent('Planned');
    expect(screen.getByText('1 of 5 projects matches the filter')).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by status' }),
      'Any status',
    );
    expect(router.state.location.search).not.toHaveProperty('status');
    await waitFor(() => expect(projectOrder(table)).toEqual(ALL_SMALL));
  });

  it('drops an unknown status and shows every project', async () => {
    const { router } = renderApp('/projects?status=dreaming', smallDossierFiles());
    const table = await findTable();
    expect(projectOrder(table)).toEqual(ALL_SMALL);
    expect(router.state.location.search).not.toHaveProperty('status');
    expect(screen.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('');
  });

  it('writes every status badge in sentence case, as the board and the filter do', async () => {
    renderApp('/projects', smallDossierFiles());
    const table = await findTable();
    const badges = within(table)
      .getAllByText((_, element) => element?.classList.contains('status-badge') ?? false)
      .map((badge) => (badge.textContent ?? '').replace('Status:', '').trim());
    expect(badges).toEqual(['Planned', 'Pilot', 'Negotiation', 'Launched', 'Completed']);
  });

  it('says so when the filter leaves no project', async () => {
    renderApp('/projects?voice=inferred');
    expect(await screen.findByRole('status')).toHaveTextContent('No project matches this filter.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('projects in French', () => {
  /** Words of the English interface that must not survive in the French one. */
  const ENGLISH =
    /Show in|Part of|Contributors?:|Not stated|Owner|Latest evidence|No owner|more passages?|in the details|sorted by|Project details|Show as/;

  it('labels the table, its cells and its dates in French', async () => {
    renderApp('/projects', undefined, { locale: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Projets' })).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Projets, triés par statut (ordre croissant)',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/, '')),
    ).toEqual([
      'Projet',
      'Organisations',
      'Responsable',
      'Statut',
      'Dates',
      'Voix',
      'Preuve la plus récente',
    ]);

    // The name in French first, the English one beside it.
    const row = within(table).getByRole('row', { name: /^Nouveau configurateur de véhicules/ });
    expect(within(row).getByText('New vehicle configurator')).toHaveAttribute('lang', 'en');
    expect(within(row).getByText('En cours (déduit)')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /^Voir dans BFM Business/ })).toHaveAttribute(
      'href',
      '/sources/bfm-hoffstetter?record=vehicle-configurator#passage-vehicle-configurator-0',
    );
    const part = within(table).getByRole('row', { name: /^Dispositif marketing de lancement/ });
    expect(part).toHaveTextContent('Fait partie de : Lancement de la nouvelle Clio connectée');

    const dated = within(table).getByRole('row', { name: /^Mydeclic/ });
    expect(dated).toHaveTextContent('Début : juin 2012 (au mois près, déduite)');
    expect(dated).toHaveTextContent('Contributeur : Patrick Hoffstetter');
    const undated = within(table).getByRole('row', { name: /^Projets pilotes de Salesforce/ });
    expect(within(undated).getByText('Non précisées')).toBeInTheDocument();
    expect(within(undated).getByText('Aucun responsable indiqué')).toBeInTheDocument();

    expect(screen.getByRole('main').textContent?.match(ENGLISH)?.[0]).toBeUndefined();
  });

  it('counts the projects in French', async () => {
    renderApp('/projects', smallDossierFiles(), { locale: 'fr' });
    expect(await screen.findByText('5 projets')).toBeInTheDocument();
  });

  it('counts the projects a filter leaves in French', async () => {
    renderApp('/projects?person=bob', smallDossierFiles(), { locale: 'fr' });
    expect(await screen.findByText('3 projets sur 5 correspondent au filtre')).toBeInTheDocument();
  });

  it('shows the board and the details in French', async () => {
    const { user } = renderApp('/projects?person=patrick-pelata', undefined, { locale: 'fr' });
    await user.click(await screen.findByRole('radio', { name: 'Kanban' }));
    const board = screen.getByRole('region', { name: 'Projets par statut' });
    expect(
      within(board)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.firstChild?.textContent?.trim()),
    ).toContain('En négociation');

    await user.click(
      within(board).getByRole('button', { name: 'Collaboration Salesforce – Renault' }),
    );
    const panel = screen.getByRole('complementary', { name: 'Détails du projet' });
    expect(within(panel).getByText('Nom anglais')).toBeInTheDocument();
    expect(within(panel).getByText('Salesforce–Renault collaboration')).toHaveAttribute(
      'lang',
      'en',
    );
    // The panel's record card is the shared component's, translated with it.
    expect(board.textContent?.match(ENGLISH)?.[0]).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Fermer les détails du projet' }));
    expect(
      screen.queryByRole('complementary', { name: 'Détails du projet' }),
    ).not.toBeInTheDocument();
  });
});
