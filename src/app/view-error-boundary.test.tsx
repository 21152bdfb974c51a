import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FilterBarModule from '../components/filter-bar.tsx';
import { renderApp } from '../testing/render-app.tsx';

/** Which parts of the app throw while rendering, switched per test. */
const broken = vi.hoisted(() => ({ quotes: false, filterBar: false }));

vi.mock('../features/quotes/quotes-page.tsx', () => ({
  QuotesPage: () => {
    if (broken.quotes) throw new Error('The quotes view broke');
    return <h1>Quotes, mended</h1>;
  },
}));

vi.mock('../components/filter-bar.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof FilterBarModule>();
  return {
    FilterBar: () => {
      if (broken.filterBar) throw new Error('The filter bar broke');
      return <original.FilterBar />;
    },
  };
});

const FIRST_RENDER = { timeout: 5000 };

beforeEach(() => {
  broken.quotes = false;
  broken.filterBar = false;
  // React reports every caught render error on the console; here they are the point.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('a view that fails', () => {
  it('shows the error in place of the view, and the navigation still opens other views', async () => {
    broken.quotes = true;
    const { user } = renderApp('/quotes');
    const alert = await screen.findByRole('alert', {}, FIRST_RENDER);
    expect(alert).toHaveTextContent('This view failed');
    expect(alert).toHaveTextContent('The quotes view broke');
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    expect(
      await screen.findByRole('combobox', { name: 'Filter by person or company' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Projects' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Projects' }, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders again on Retry once the fault is gone, after a visit elsewhere', async () => {
    broken.quotes = true;
    const { user } = renderApp('/quotes');
    await screen.findByRole('heading', { level: 1, name: 'This view failed' }, FIRST_RENDER);
    await user.click(screen.getByRole('link', { name: 'Projects' }));
    await screen.findByRole('heading', { level: 1, name: 'Projects' }, FIRST_RENDER);
    await user.click(screen.getByRole('link', { name: 'Quotes' }));
    await screen.findByRole('heading', { level: 1, name: 'This view failed' });
    broken.quotes = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Quotes, mended' }),
    ).toBeInTheDocument();
  });
});

describe('a shell part that fails', () => {
  it('leaves the views working when the filter bar throws', async () => {
    broken.filterBar = true;
    renderApp('/projects');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Projects' }, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The filter bar failed; the views still work.',
    );
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
  });
});
