import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

describe('org view', () => {
  it('draws Renault with its units and posts, linked to profiles', async () => {
    renderApp('/org');
    const chart = await screen.findByRole('region', { name: 'Renault organization chart' });
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
    expect(within(chart).getByText(/under Chief Marketing Officer/)).toBeInTheDocument();
  });

  it('shows the links between companies', async () => {
    renderApp('/org');
    const links = await screen.findByRole('region', { name: 'Links between companies' });
    for (const name of ['Toyota', 'Nissan', 'Ford', 'Renault']) {
      expect(within(links).getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('rebuilds the chart as of a date chosen in the control', async () => {
    const { user, router } = renderApp('/org?person=patrick-hoffstetter');
    await screen.findByRole('region', { name: 'Renault organization chart' });
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
    expect(await screen.findByRole('status')).toHaveTextContent(
      '“2012-13” is not a year (YYYY) or a month (YYYY-MM)',
    );
    expect(screen.getByRole('combobox', { name: 'As of' })).toHaveValue('');
  });
});
