import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyCollections, type Dataset } from '../../../domain/dataset.ts';
import { REGISTRY } from '../../../domain/registry.ts';
import { SourceSchema, type Source } from '../../../domain/records.ts';
import { LocaleProvider } from '../../../i18n/locale-provider.tsx';
import { builtInDataFiles } from '../../../testing/data-folder.ts';
import { ImportForm } from './import-form.tsx';
import type { IdStatus } from './source-fields.tsx';

const EMPTY: Dataset = {
  ...emptyCollections(),
  title: '',
  registry: REGISTRY,
  fileOf: new Map(),
  warnings: [],
};

function renderForm(idStatus: (id: string) => IdStatus = () => 'free') {
  const onImport = vi.fn<(source: Source) => Promise<void>>(async () => {});
  const user = userEvent.setup();
  render(
    <LocaleProvider locale="en">
      <ImportForm saved={EMPTY} drafts={[]} idStatus={idStatus} onImport={onImport} />
    </LocaleProvider>,
  );
  return { user, onImport };
}

function bfmText(): string {
  const file = builtInDataFiles().get('sources/bfm-hoffstetter.json') ?? '';
  const [source] = SourceSchema.array().parse((JSON.parse(file) as { sources: unknown }).sources);
  return (source?.paragraphs ?? []).map((p) => p.text).join('\n');
}

describe('the import page', () => {
  it('reads a Windows-1252 text file and splits it into paragraphs with their roles', async () => {
    const { user } = renderForm();
    // "Été – déjà" in Windows-1252: É = C9, – = 96, é = E9; not valid UTF-8.
    const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      0xc9, 0x74, 0xe9, 0x20, 0x96, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x2e,
    ]);
    const file = new File(
      [bytes, latin('\n\nDeuxième paragraphe, assez long pour en être un.')],
      'copie.txt',
      { type: 'text/plain' },
    );
    await user.upload(screen.getByLabelText('File'), file);
    expect(
      await screen.findByText(/Read “copie.txt” \(Windows-1252\): 2 paragraphs/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Text')).toHaveValue(
      'Été – déjà.\n\nDeuxième paragraphe, assez long pour en être un.',
    );
    expect(screen.getByRole('combobox', { name: 'Role of paragraph 1' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of paragraph 2' })).toBeInTheDocument();
  });

  it('reduces a web page to its article with Readability, one paragraph per block', async () => {
    const { user } = renderForm();
    const long =
      'Une phrase assez longue pour que Readability garde ce paragraphe, avec des virgules, ';
    const html = `<html lang="fr"><head><title>Un entretien</title></head><body>
      <nav>Accueil / Actualités / Auto</nav>
      <article><h1>Un entretien</h1><p>${long.repeat(3)}premier.</p><p>${long.repeat(3)}second.</p>
      <script>document.title = 'pwned'</script></article></body></html>`;
    await user.upload(
      screen.getByLabelText('File'),
      new File([html], 'page.html', { type: 'text/html' }),
    );
    await screen.findByText(/Read “page.html” \(UTF-8\)/);
    expect(screen.getByLabelText('Text')).toHaveValue(
      `${long.repeat(3).trim()} premier.\n\n${long.repeat(3).trim()} second.`,
    );
    expect(screen.getByRole('combobox', { name: 'Role of paragraph 2' })).toBeInTheDocument();
    expect(screen.getByLabelText('Language')).toHaveValue('fr');
  });

  it('offers the lost-dash repair on the BFM text and records it in the transcription notes', async () => {
    const { user, onImport } = renderForm();
    const damaged = bfmText().replace(/ –/g, ' ?');
    await user.click(screen.getByLabelText('Text'));
    await user.paste(damaged);
    await user.click(screen.getByRole('button', { name: 'Repair 7 dashes' }));
    expect(screen.queryByRole('button', { name: /Repair/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Text')).toHaveValue(bfmText());
    await user.type(screen.getByLabelText('Publication'), 'BFM Business');
    await user.type(screen.getByLabelText('Title'), 'Patrick Hoffstetter');
    await user.type(screen.getByRole('textbox', { name: 'Published' }), '2012');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const source = SourceSchema.parse(onImport.mock.calls[0]?.[0]);
    expect(source.transcriptionNotes).toEqual([
      expect.objectContaining({ en: expect.stringContaining('7 dashes were lost') }),
    ]);
    expect(source).toMatchObject({ id: 'patrick-hoffstetter', language: 'fr', genre: 'profile' });
    expect(source.paragraphs[0]).toEqual({
      kind: 'chrome',
      text: 'Inscrivez-vous gratuitement à la Newsletter BFM Business',
    });
  });

  it('makes the id unique against saved and draft records, and says whose a typed one is', async () => {
    const taken: Record<string, IdStatus> = { 'un-entretien': 'saved', 'un-entretien-2': 'draft' };
    const { user } = renderForm((id) => taken[id] ?? 'free');
    await user.type(screen.getByLabelText('Title'), 'Un entretien');
    expect(screen.getByLabelText('Id')).toHaveValue('un-entretien-3');
    await user.clear(screen.getByLabelText('Id'));
    await user.type(screen.getByLabelText('Id'), 'un-entretien-2');
    expect(
      screen.getByText('“un-entretien-2” is already the id of a draft record.'),
    ).toBeInTheDocument();
  });

  it('imports nothing while a field has a problem, and shows it at the field', async () => {
    const { user, onImport } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/The source has \d+ problems/);
    const title = screen.getByLabelText('Title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Required.'));
    expect(onImport).not.toHaveBeenCalled();
  });
});
