import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

/** The first render loads and checks the data: slower than Testing Library's default wait on a busy machine. */
const FIRST_RENDER = { timeout: 5000 };

describe('org view', () => {
  it('draws Renault with its units and posts, linked to profiles', async () => {
    renderApp('/org');
    const chart = await screen.findByRole(
      'region',
      { name: 'Renault organization chart' },
      FIRST_RENDER,
    );
    expect(within(chart).getByText('Chief Marketing Officer')).toBeInTheDocument();
    expect(within(chart).getByRole('link', { name: 'Digital Factory' })).toHaveAttribute(
      'href',
      '/companies/renault-digital-factory',
    );
    expect(within(chart).getByRole('link', { name: 'Patrick Hoffstetter' })).toHaveAttribute(
      'href',
      '/people/patrick-hoffstetter',
    );
    expect(
      within(chart).getByText(/170 country directorates; 60 of 170 country directorates/),
    ).toBeInTheDocument();
    expect(within(chart).getByText(/under the Chief Marketing Officer post/)).toBeInTheDocument();
  });

  it('shows the links between companies', async () => {
    renderApp('/org');
    const links = await screen.findByRole(
      'region',
      { name: 'Links between companies' },
      FIRST_RENDER,
    );
    for (const name of ['Toyota', 'Nissan', 'Ford', 'Renault']) {
      expect(within(links).getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('rebuilds the chart as of a date chosen in the control', async () => {
    const { user, router } = renderApp('/org?person=patrick-hoffstetter');
    await screen.findByRole('region', { name: 'Renault organization chart' }, FIRST_RENDER);
    await user.selectOptions(screen.getByRole('combobox', { name: 'As of' }), '2003');
    expect(router.state.location.search).toMatchObject({ asof: '2003' });
    const sfr = await screen.findByRole('region', { name: 'SFR organization chart' });
    expect(within(sfr).getByRole('link', { name: 'Patrick Hoffstetter' })).toBeInTheDocument();
    // In 2003 he was at SFR: Renault, where he has no post yet, drops out.
    expect(
      screen.queryByRole('region', { name: 'Renault organization chart' }),
    ).not.toBeInTheDocument();
  });

  it('ignores a malformed as-of date with a notice', async () => {
    renderApp('/org?asof=2012-13');
    expect(await screen.findByRole('status', {}, FIRST_RENDER)).toHaveTextContent(
      '“2012-13” is not a year (YYYY) or a month (YYYY-MM)',
    );
    expect(screen.getByRole('combobox', { name: 'As of' })).toHaveValue('');
  });
});

describe('org view in French', () => {
  it('names the view, the charts and the control in French, months included', async () => {
    const { user } = renderApp('/org', undefined, { locale: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organigramme' }, FIRST_RENDER),
    ).toBeVisible();
    const chart = await screen.findByRole(
      'region',
      { name: 'Organigramme de Renault' },
      FIRST_RENDER,
    );
    expect(
      within(chart).getByText(/rattachée au poste de Chief Marketing Officer/),
    ).toBeInTheDocument();
    // A unit agrees with its own gender and its parent takes its article.
    expect(within(chart).getAllByText(', rattachée à Renault')).not.toHaveLength(0);
    expect(within(chart).getAllByText(/^direction$/).length).toBeGreaterThan(0);
    expect(screen.getByText(/d’après les sources les plus récentes/)).toBeInTheDocument();
    const links = screen.getByRole('region', { name: 'Liens entre entreprises' });
    expect(within(links).getAllByRole('link', { name: 'passage' }).length).toBeGreaterThan(0);

    const year = screen.getByRole('combobox', { name: 'Au' });
    expect(year).toHaveDisplayValue('Sources les plus récentes (fonctions à leur date)');
    await user.selectOptions(year, '2012');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mois' }), '06');
    expect(await screen.findByText(/, en juin 2012\./)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Toute l’année' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'janvier' })).toBeInTheDocument();

    const main = screen.getByRole('main');
    for (const english of ['organization chart', 'As of', 'since', 'under', 'Whole year'])
      expect(main).not.toHaveTextContent(english);
  });

  it('explains a malformed as-of date in French', async () => {
    renderApp('/org?asof=2012-13', undefined, { locale: 'fr' });
    expect(await screen.findByRole('status', {}, FIRST_RENDER)).toHaveTextContent(
      '« 2012-13 » n’est ni une année (AAAA) ni un mois (AAAA-MM)',
    );
  });
});
