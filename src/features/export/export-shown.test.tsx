import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../domain/dataset.ts';
import { parseBundle } from '../../domain/load-dataset.ts';
import { REGISTRY } from '../../domain/registry.ts';
import { renderApp } from '../../testing/render-app.tsx';

/** Opens the Export menu, saves the JSON file, and returns the ids its note says were shown. */
async function exportedIds(user: ReturnType<typeof renderApp>['user']): Promise<Bundle> {
  let saved: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (blob instanceof Blob) saved = blob;
    return 'blob:test/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await user.click(await screen.findByRole('button', { name: 'Export' }));
  const menu = await screen.findByRole('group', { name: 'Export the records shown' });
  await user.click(within(menu).getByRole('button', { name: 'JSON (data folder)' }));
  await waitFor(() => expect(saved).toBeDefined());
  const parsed = parseBundle(REGISTRY, JSON.parse((await saved?.text()) ?? ''));
  if (!parsed.ok) throw new Error(`not a valid data file: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

describe('an export saves what the view shows', () => {
  it('on the overview, the records its counts count, type by type', async () => {
    const { user } = renderApp('/?person=patrick-hoffstetter');
    const region = await screen.findByRole('region', { name: 'Records matching the filter' });
    const terms = within(region)
      .getAllByRole('term')
      .map((term) => term.textContent ?? '');
    const numbers = within(region)
      .getAllByRole('definition')
      .map((count) => Number(count.textContent?.replace(/\D/g, '')));
    const shownCounts = Object.fromEntries(terms.map((term, i) => [term, numbers[i]]));
    const bundle = await exportedIds(user);
    const shown = new Set(bundle.export?.shown);
    const countOf = (records: readonly { id: string }[] | undefined) =>
      (records ?? []).filter((r) => shown.has(r.id)).length;
    expect(shownCounts).toEqual({
      Sources: shownCounts.Sources,
      People: countOf(bundle.people),
      Organizations: countOf(bundle.organizations),
      Roles: countOf(bundle.positions),
      Projects: countOf(bundle.projects),
      Quotes: countOf(bundle.quotes),
      Events: countOf(bundle.events),
      Figures: countOf(bundle.figures),
      Relations: countOf(bundle.relations),
    });
    expect(shownCounts.People).toBeGreaterThan(0);
  });

  it('in the source reader, the source and every record its panel links to', async () => {
    const { user } = renderApp('/sources/itespresso-pelata');
    const panel = await screen.findByRole('complementary', { name: 'Records from this source' });
    // A record with several passages links to each of them: its id once in the export.
    const linked = [
      ...new Set(
        within(panel)
          .getAllByRole('link')
          .map((link) =>
            new URL(link.getAttribute('href') ?? '', 'http://x').searchParams.get('record'),
          ),
      ),
    ];
    expect(linked.length).toBeGreaterThan(10);
    const bundle = await exportedIds(user);
    expect(bundle.export?.shown).toEqual(['itespresso-pelata', ...linked]);
  });
});
