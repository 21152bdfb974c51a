import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';

/** A view's first render imports its chunk, slow on a busy machine. */
const FIRST_RENDER = { timeout: 5000 };

async function noticeOf(heading: string) {
  await screen.findByRole('heading', { level: 1, name: heading }, FIRST_RENDER);
  return screen.findByRole('status', { name: 'Link notices' });
}

describe('link notices', () => {
  it('says what the link asked for that the view ignores, after the router cleaned the URL', async () => {
    const { router } = renderApp('/projects?view=grid&foo=1&sort=-dates&sort=owner');
    const notice = await noticeOf('Projects');
    expect(notice).toHaveTextContent('Ignored from the link:');
    expect(notice).toHaveTextContent('view (“grid” is not “table” or “board”)');
    expect(notice).toHaveTextContent('unknown parameter foo');
    expect(notice).toHaveTextContent('sort (appears 2 times; only the first is read)');
    expect(router.state.location.search).toMatchObject({ sort: '-dates' });
    expect(router.state.location.search).not.toHaveProperty('view');
  });

  it('says nothing about a valid link', async () => {
    renderApp('/projects?view=board&sort=-dates&person=patrick-hoffstetter');
    await screen.findByRole('heading', { level: 1, name: 'Projects' }, FIRST_RENDER);
    expect(screen.queryByRole('status', { name: 'Link notices' })).not.toBeInTheDocument();
  });

  it('keeps the notice while the view only replaces its URL, and goes when dismissed', async () => {
    const { user } = renderApp('/projects?view=grid');
    await noticeOf('Projects');
    await user.click(screen.getByRole('radio', { name: 'Board' }));
    expect(screen.getByRole('status', { name: 'Link notices' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Link notices' })).not.toBeInTheDocument();
  });

  it('leaves when the user moves to another view', async () => {
    const { user } = renderApp('/quotes?q=%E0%A4%A');
    const notice = await noticeOf('Quotes');
    expect(within(notice).getByText('%E0%A4%A', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Timeline' }));
    await screen.findByRole('heading', { level: 1, name: 'Timeline' }, FIRST_RENDER);
    expect(screen.queryByRole('status', { name: 'Link notices' })).not.toBeInTheDocument();
  });
});
