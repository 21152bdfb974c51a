import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

async function openPalette(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { level: 1 });
  await user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Quick find' });
  const input = within(dialog).getByRole('combobox');
  return { dialog, input };
}

describe('command palette', () => {
  it('opens on Ctrl-K with focus in its input, offering the commands', async () => {
    const { user } = renderApp('/');
    const { dialog, input } = await openPalette(user);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(input).toHaveFocus();
    const commands = within(dialog).getByRole('group', { name: 'Commands' });
    expect(within(commands).getAllByRole('option')).toHaveLength(6);
    expect(input).toHaveAttribute(
      'aria-activedescendant',
      within(commands).getAllByRole('option')[0]?.id,
    );
  });

  it('finds accent-insensitively, grouped by type, and Enter opens the record', async () => {
    const { user, router } = renderApp('/timeline?person=patrick-hoffstetter');
    const { dialog, input } = await openPalette(user);
    await user.type(input, 'pelata');
    const people = await within(dialog).findByRole('group', { name: 'Person' });
    expect(within(people).getByRole('option', { name: 'Patrick Pélata' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(dialog).getByRole('group', { name: 'Quote' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/patrick-pelata'));
    // A record opens unfiltered: the filter could hide it.
    expect(router.state.location.search).not.toHaveProperty('person');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves with the arrows, wrapping, and keeps the filter on a view command', async () => {
    const { user, router } = renderApp('/?person=patrick-pelata');
    const { dialog, input } = await openPalette(user);
    const options = within(dialog).getAllByRole('option');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[5]?.id);
    await user.clear(input);
    await user.type(input, 'timeline');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/timeline'));
    expect(router.state.location.search).toMatchObject({ person: 'patrick-pelata' });
  });

  it('traps Tab, closes on Escape and gives focus back to where it was', async () => {
    const { user } = renderApp('/');
    const filter = await screen.findByRole('combobox', { name: 'Filter by person or company' });
    await user.click(filter);
    const { input } = await openPalette(user);
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab({ shift: true });
    expect(input).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(filter).toHaveFocus();
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp('/');
    const { dialog, input } = await openPalette(user);
    await user.type(input, 'zzzz');
    expect(await within(dialog).findByText('Nothing matches “zzzz”.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens the help with ? and lists every shortcut', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(help).getAllByRole('row');
    // A header row, quick find, six views, the help itself, Escape, undo and redo.
    expect(rows).toHaveLength(12);
    expect(within(help).getByRole('row', { name: /Undo the last change/ })).toBeInTheDocument();
    expect(within(help).getByRole('row', { name: /Redo the change/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
