import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { minimalDataFolder, toFiles } from '../testing/data-folder.ts';
import { renderApp } from '../testing/render-app.tsx';

describe('?data=', () => {
  it('refuses another origin with a message naming the value', async () => {
    renderApp('/timeline?data=https://example.com/data/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data folder “https://example.com/data/” is refused');
  });

  it('loads the folder it names, not the built-in one', async () => {
    const folder = minimalDataFolder();
    folder.manifest.title = 'Another folder';
    // Served at /elsewhere/ only: had ?data= been ignored, /data/ would answer 404.
    renderApp('/?data=/elsewhere/', toFiles(folder), { folder: '/elsewhere/' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Another folder' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/people\/ada/),
    );
  });
});
