import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseBundle } from '../../domain/load-dataset.ts';
import { REGISTRY } from '../../domain/registry.ts';
import { renderApp } from '../../testing/render-app.tsx';

/** Catches what the menu hands to the browser as a download: name and content. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    next += 1;
    const url = `blob:test/${next}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const saved: { name: string; blob: Blob }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

async function openMenu(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Export' }));
  return screen.findByRole('group', { name: 'Export the records shown' });
}

describe('Export menu', () => {
  it('exports what the quotes view shows after its search, as JSON and as one CSV', async () => {
    const saved = captureDownloads();
    const { user } = renderApp('/quotes?q=eyjafjoll');
    await screen.findByRole('article', { name: /^Patrick Hoffstetter: « En touchant/ });
    const menu = await openMenu(user);
    expect(within(menu).getByRole('status')).toHaveTextContent('1 record shown in this view');

    await user.click(within(menu).getByRole('button', { name: 'JSON (data folder)' }));
    await user.click(within(menu).getByRole('button', { name: 'quotes.csv (1 row)' }));
    await waitFor(() => expect(saved).toHaveLength(2));

    const [json, csv] = saved;
    expect(json?.name).toBe('dossier-quotes-eyjafjoll.json');
    const parsed = parseBundle(REGISTRY, JSON.parse((await json?.blob.text()) ?? ''));
    if (!parsed.ok) throw new Error(`not a valid data file: ${JSON.stringify(parsed.issues)}`);
    const bundle = parsed.value;
    expect(bundle.export?.shown).toEqual(['hoffstetter-eyjafjoll']);
    expect(bundle.export?.title).toBe(
      'Export of /quotes?q=eyjafjoll from “Dossier — built-in interviews”',
    );
    expect(bundle.sources?.map((s) => s.id)).toEqual(['bfm-hoffstetter']);

    expect(csv?.name).toBe('dossier-quotes-eyjafjoll-quotes.csv');
    const bytes = new Uint8Array((await csv?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('offers every record type the timeline shows, with counts, in French too', async () => {
    const { user } = renderApp('/timeline?person=patrick-hoffstetter', undefined, {
      locale: 'fr',
    });
    await user.click(await screen.findByRole('button', { name: 'Exporter' }));
    const menu = await screen.findByRole('group', { name: 'Exporter les fiches affichées' });
    expect(within(menu).getByRole('status')).toHaveTextContent(/^\d+ fiches affichées/);
    const files = within(menu)
      .getAllByRole('button', { name: /\.csv/ })
      .map((b) => b.textContent?.replace(/ \(.*/, ''));
    expect(files).toEqual(expect.arrayContaining(['positions.csv', 'events.csv']));
  });

  it.each(['en', 'fr'] as const)(
    'speaks to readers, not developers: no command or encoding jargon (%s)',
    async (locale) => {
      const { user } = renderApp('/projects', undefined, { locale });
      await user.click(
        await screen.findByRole('button', { name: locale === 'en' ? 'Export' : 'Exporter' }),
      );
      const menu = await screen.findByRole('group', {
        name: locale === 'en' ? 'Export the records shown' : 'Exporter les fiches affichées',
      });
      expect(within(menu).getAllByRole('button').length).toBeGreaterThan(2);
      expect(menu.textContent).not.toMatch(/npm|check-data|UTF-8|byte order|octets/i);
    },
  );

  it('closes on Escape and gives focus back to the button', async () => {
    const { user } = renderApp('/projects');
    await openMenu(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Export the records shown' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('says when a view shows nothing to export', async () => {
    const { user } = renderApp('/briefing');
    await screen.findByRole('heading', { name: 'Briefing', level: 1 });
    const menu = await openMenu(user);
    expect(within(menu).getByRole('status')).toHaveTextContent(
      'Nothing is shown in this view to export.',
    );
    expect(within(menu).queryByRole('button')).toBeNull();
  });
});
