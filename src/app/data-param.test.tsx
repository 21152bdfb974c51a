import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';

describe('?data=', () => {
  it('refuses another origin with a message naming the value', async () => {
    renderApp('/timeline?data=https://example.com/data/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data folder “https://example.com/data/” is refused');
  });

  it('loads a folder on this site', async () => {
    renderApp('/?data=/data/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier — built-in interviews' }),
    ).toBeInTheDocument();
  });
});
