import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EditRecordButton } from '../../../components/edit-record-button.tsx';
import { useRecordEditor, type EditorRequest } from '../../../components/record-editor.tsx';
import { EMPTY_DRAFTS, type DraftState } from '../../../domain/authoring/drafts.ts';
import { buildIndex } from '../../../domain/dataset-index.ts';
import { loadDataset } from '../../../domain/load-dataset.ts';
import { RECORD_TYPES } from '../../../domain/registry.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { LocaleProvider } from '../../../i18n/locale-provider.tsx';
import { reduceDrafts, type DraftAction } from '../../../lib/authoring/draft-store.ts';
import { builtInDataFiles, readerOf } from '../../../testing/data-folder.ts';
import { RecordEditorHost } from './record-editor-host.tsx';

const saved = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
const quote = saved.dataset.quotes[0];
if (!quote) throw new Error('the built-in data has quotes');
const passage = { source: quote.source, passage: quote.original };

/** The editor over the built-in data, its drafts kept in memory as the store would keep them. */
function Harness({
  request,
  onAction,
}: {
  request: EditorRequest;
  onAction: (a: DraftAction) => void;
}) {
  const [state, setState] = useState<DraftState>(EMPTY_DRAFTS);
  const dispatch = async (action: DraftAction) => {
    onAction(action);
    setState((old) => reduceDrafts(old, action, 1));
  };
  return (
    <RecordEditorHost saved={saved} drafts={state.drafts} dispatch={dispatch}>
      <Opener request={request} />
      <EditRecordButton id="patrick-pelata" describedBy="card-title" />
      <h3 id="card-title">Patrick Pélata</h3>
    </RecordEditorHost>
  );
}

function Opener({ request }: { request: EditorRequest }) {
  const editor = useRecordEditor();
  return (
    <button type="button" onClick={() => editor?.open(request)}>
      Open
    </button>
  );
}

async function openForm(request: EditorRequest, locale: Locale = 'en') {
  const actions: DraftAction[] = [];
  const user = userEvent.setup();
  render(
    <LocaleProvider locale={locale}>
      <Harness request={request} onAction={(action) => actions.push(action)} />
    </LocaleProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Open' }));
  const dialog = await screen.findByRole('dialog');
  return { user, dialog, actions };
}

/** The control is marked invalid, and its description (hint and problem) says `message`. */
function expectProblem(control: HTMLElement, message: string): void {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
}

async function saveDraft(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
}

describe('record forms', () => {
  it.each(RECORD_TYPES)('renders a New %s form from the registry', async (type) => {
    const { dialog } = await openForm({ mode: 'new', type });
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^New /);
    expect(within(dialog).getByRole('button', { name: 'Save draft' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('titles a quote form with the model’s words, in English and in French', async () => {
    const { dialog } = await openForm({ mode: 'new', type: 'quote' });
    expect(dialog).toHaveAccessibleName('New quote');
    for (const name of ['Speaker', 'Voice']) {
      expect(within(dialog).getByRole('combobox', { name })).toBeInTheDocument();
    }
    for (const name of ['Original', 'Translation', 'Topics']) {
      expect(within(dialog).getByRole('textbox', { name })).toBeInTheDocument();
    }
  });

  it('says « Nouvelle citation » in French', async () => {
    const { dialog } = await openForm({ mode: 'new', type: 'quote' }, 'fr');
    expect(dialog).toHaveAccessibleName('Nouvelle citation');
    expect(
      within(dialog).getByRole('button', { name: 'Enregistrer le brouillon' }),
    ).toBeInTheDocument();
  });

  it('refuses an empty quote, says why at each field, and focuses the first problem', async () => {
    const { user, dialog, actions } = await openForm({ mode: 'new', type: 'quote' });
    await saveDraft(user, dialog);
    const speaker = within(dialog).getByRole('combobox', { name: 'Speaker' });
    expectProblem(speaker, 'Required.');
    expect(speaker).toHaveFocus();
    expectProblem(within(dialog).getByRole('textbox', { name: 'Original' }), 'Required.');
    expectProblem(within(dialog).getByRole('textbox', { name: 'Translation' }), 'Required.');
    expectProblem(within(dialog).getByRole('textbox', { name: 'Topics' }), 'Add at least one.');
    expectProblem(within(dialog).getByRole('combobox', { name: 'Voice' }), 'Choose one.');
    expect(actions).toEqual([]);
  });

  it('prefills a quote from its passage and stores it as a draft once valid', async () => {
    const { user, dialog, actions } = await openForm({
      mode: 'new',
      type: 'quote',
      evidence: passage,
    });
    expect(within(dialog).getByRole('textbox', { name: 'Original' })).toHaveValue(quote.original);
    await user.type(within(dialog).getByRole('combobox', { name: 'Speaker' }), 'pelata');
    await user.click(await screen.findByRole('option', { name: 'Patrick Pélata' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Translation' }), 'New ground.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Topics' }), 'strategy');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Voice' }),
      'interviewee',
    );
    await saveDraft(user, dialog);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(actions).toHaveLength(1);
    const [action] = actions;
    expect(action?.kind === 'put' ? action.entry.record : null).toMatchObject({
      speaker: 'patrick-pelata',
      topics: ['strategy'],
      evidence: [passage],
    });
  });

  it('shows a quote’s original that is not in its source at Original', async () => {
    const { user, dialog } = await openForm({ mode: 'edit', id: quote.id });
    const original = within(dialog).getByRole('textbox', { name: 'Original' });
    await user.type(original, ' inventé');
    await saveDraft(user, dialog);
    expectProblem(original, 'Not found verbatim in one paragraph of the source.');
  });

  it('asks a person for a name, a summary in both languages and a voice', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'person' });
    await saveDraft(user, dialog);
    expectProblem(within(dialog).getByRole('textbox', { name: 'Name' }), 'Required.');
    const summary = within(dialog).getByRole('group', { name: 'Summary' });
    expectProblem(within(summary).getByRole('textbox', { name: 'Summary' }), 'Required.');
    expectProblem(within(summary).getByRole('textbox', { name: 'English' }), 'Required.');
    expectProblem(within(dialog).getByRole('combobox', { name: 'Voice' }), 'Choose one.');
    expect(
      within(dialog).getByText(/Who says it: the interviewee, the journalist/),
    ).toBeInTheDocument();
  });

  it('asks an inferred person how it was inferred', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'person' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Voice' }), 'inferred');
    await saveDraft(user, dialog);
    const inference = within(dialog).getByRole('group', { name: 'Inference' });
    expectProblem(
      within(inference).getByRole('textbox', { name: 'Inference' }),
      'Say how it was inferred, in French and English.',
    );
  });

  it('generates a unique slug id and refuses one that is taken', async () => {
    const { user, dialog } = await openForm({
      mode: 'new',
      type: 'person',
      fields: { name: 'Patrick Pélata' },
    });
    const id = within(dialog).getByRole('textbox', { name: 'Id' });
    expect(id).toHaveValue('patrick-pelata-2');
    await user.clear(id);
    await user.type(id, 'patrick-pelata');
    expectProblem(id, 'The id “patrick-pelata” is already a record’s.');
  });

  it('asks an organization for its name and kind', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'organization' });
    await saveDraft(user, dialog);
    expectProblem(within(dialog).getByRole('textbox', { name: 'Name' }), 'Required.');
    expectProblem(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Choose one.');
  });

  it('asks a role for its organization', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'position' });
    expect(dialog).toHaveAccessibleName('New role');
    expect(within(dialog).getByRole('combobox', { name: 'Person' })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Title' })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Start' })).toBeInTheDocument();
    await saveDraft(user, dialog);
    expectProblem(within(dialog).getByRole('combobox', { name: 'Organization' }), 'Required.');
  });

  it('refuses an end on a current role, at End', async () => {
    const ended = saved.dataset.positions.find((p) => !p.current && p.end !== null);
    if (!ended) throw new Error('the built-in data has a past role with an end');
    const { user, dialog } = await openForm({ mode: 'edit', id: ended.id });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Current' }));
    await saveDraft(user, dialog);
    const end = within(dialog).getByRole('group', { name: 'End' });
    expectProblem(
      within(end).getByRole('textbox', { name: 'End' }),
      'a current position has no end',
    );
  });

  it('asks a project for an organization and a status', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'project' });
    await saveDraft(user, dialog);
    expectProblem(
      within(dialog).getByRole('combobox', { name: 'Organizations' }),
      'Add at least one.',
    );
    expectProblem(within(dialog).getByRole('combobox', { name: 'Status' }), 'Choose one.');
  });

  it('asks an event for its kind and title', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'event' });
    await saveDraft(user, dialog);
    expectProblem(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Choose one.');
    const title = within(dialog).getByRole('group', { name: 'Title' });
    expectProblem(within(title).getByRole('textbox', { name: 'Title' }), 'Required.');
  });

  it('asks a figure for its subject, value and qualifier', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'figure' });
    await saveDraft(user, dialog);
    expectProblem(within(dialog).getByRole('combobox', { name: 'Subject' }), 'Required.');
    expectProblem(within(dialog).getByRole('spinbutton', { name: 'Value' }), 'Required.');
    expectProblem(within(dialog).getByRole('combobox', { name: 'Qualifier' }), 'Choose one.');
  });

  it('refuses a relation from an organization to itself, at To', async () => {
    const relation = saved.dataset.relations[0];
    if (!relation) throw new Error('the built-in data has relations');
    const { user, dialog } = await openForm({ mode: 'edit', id: relation.id });
    const to = within(dialog).getByRole('combobox', { name: 'To' });
    await user.clear(to);
    const fromName = saved.organizations.get(relation.from)?.name ?? '';
    await user.type(to, fromName);
    await user.click(await screen.findByRole('option', { name: fromName }));
    await saveDraft(user, dialog);
    expectProblem(to, 'a relation must link two different organizations');
  });
});

describe('the fuzzy-date editor', () => {
  async function startGroup() {
    const opened = await openForm({ mode: 'new', type: 'position' });
    return { ...opened, start: within(opened.dialog).getByRole('group', { name: 'Start' }) };
  }
  const preview = (group: HTMLElement) => within(group).getByRole('status');

  it.each([
    ['2012-06-15', /June 15, 2012|15 June 2012/, 'exact day'],
    ['2012-06', /June 2012/, 'month'],
    ['2012', /^2012/, 'year'],
  ])('reads %s at its own precision', async (typed, shown, precision) => {
    const { user, start } = await startGroup();
    await user.type(within(start).getByRole('textbox', { name: 'Start' }), typed);
    expect(preview(start)).toHaveTextContent(shown);
    expect(preview(start)).toHaveTextContent(precision);
  });

  it('reads “fin 1999” as late 1999, keeping the source’s words', async () => {
    const { user, start, dialog, actions } = await startGroup();
    await user.type(within(start).getByRole('textbox', { name: 'Source’s words' }), 'fin 1999');
    await user.tab();
    expect(within(start).getByRole('textbox', { name: 'Start' })).toHaveValue('1999');
    expect(within(start).getByRole('combobox', { name: 'Part of the year' })).toHaveValue('late');
    expect(preview(start)).toHaveTextContent('late 1999');
    expect(actions).toEqual([]);
    expect(dialog).toBeInTheDocument();
  });

  it('reads a circa date and a range', async () => {
    const { user, start } = await startGroup();
    await user.selectOptions(within(start).getByRole('combobox', { name: 'Precision' }), 'circa');
    await user.type(within(start).getByRole('textbox', { name: 'Start' }), '2011');
    expect(preview(start)).toHaveTextContent('c. 2011');
    await user.selectOptions(within(start).getByRole('combobox', { name: 'Precision' }), 'range');
    await user.type(within(start).getByRole('textbox', { name: 'to' }), '2012');
    expect(preview(start)).toHaveTextContent('2011–2012');
  });

  it('refuses a range that ends before it starts', async () => {
    const { user, start, dialog } = await startGroup();
    await user.selectOptions(within(start).getByRole('combobox', { name: 'Precision' }), 'range');
    await user.type(within(start).getByRole('textbox', { name: 'Start' }), '2012');
    const to = within(start).getByRole('textbox', { name: 'to' });
    await user.type(to, '2010');
    await saveDraft(user, dialog);
    expectProblem(to, 'a range must not end before it starts');
  });

  it('asks an inferred date how it was inferred', async () => {
    const { user, start, dialog } = await startGroup();
    await user.type(within(start).getByRole('textbox', { name: 'Start' }), '2010');
    await user.selectOptions(
      within(start).getByRole('combobox', { name: 'Certainty' }),
      'inferred',
    );
    await saveDraft(user, dialog);
    const how = within(start).getByRole('group', { name: 'How it was inferred' });
    expectProblem(
      within(how).getByRole('textbox', { name: 'How it was inferred' }),
      'Say how it was inferred, in French and English.',
    );
  });
});

describe('reference pickers', () => {
  it('find people accents and case ignored', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'position' });
    const person = within(dialog).getByRole('combobox', { name: 'Person' });
    await user.type(person, 'PELATA');
    expect(person).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Patrick Pélata',
      'Create “PELATA”',
    ]);
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(person).toHaveValue('Patrick Pélata');
  });

  it('create the missing record in a nested form and take it', async () => {
    const { user, dialog, actions } = await openForm({
      mode: 'new',
      type: 'position',
      evidence: passage,
    });
    const person = within(dialog).getByRole('combobox', { name: 'Person' });
    await user.type(person, 'Zoé Nouvelle');
    await user.click(screen.getByRole('option', { name: 'Create “Zoé Nouvelle”' }));
    const nested = await screen.findByRole('dialog', { name: 'New person' });
    expect(within(nested).getByRole('textbox', { name: 'Name' })).toHaveValue('Zoé Nouvelle');
    expect(within(nested).getByRole('textbox', { name: 'Id' })).toHaveValue('zoe-nouvelle');
    const summary = within(nested).getByRole('group', { name: 'Summary' });
    await user.type(within(summary).getByRole('textbox', { name: 'Summary' }), 'Une personne.');
    await user.type(within(summary).getByRole('textbox', { name: 'English' }), 'A person.');
    await user.selectOptions(within(nested).getByRole('combobox', { name: 'Voice' }), 'journalist');
    await saveDraft(user, nested);
    expect(screen.queryByRole('dialog', { name: 'New person' })).not.toBeInTheDocument();
    expect(person).toHaveValue('Zoé Nouvelle');
    expect(actions.map((action) => action.kind)).toEqual(['put']);
  });
});

describe('evidence', () => {
  it('shows the selected passage with its source, and refuses one not in the text', async () => {
    const { user, dialog } = await openForm({ mode: 'new', type: 'person', evidence: passage });
    const evidence = within(dialog).getByRole('group', { name: 'Evidence' });
    expect(within(evidence).getByText(quote.original)).toBeInTheDocument();
    expect(within(evidence).getByText('Found verbatim in the source.')).toBeInTheDocument();
    const typed = within(evidence).getByRole('textbox', { name: 'Passage' });
    await user.type(typed, 'des mots qui ne sont pas dans le texte');
    await user.click(within(evidence).getByRole('button', { name: 'Add passage' }));
    expectProblem(typed, 'Not found verbatim in one paragraph of the source.');
  });
});

describe('edit and delete', () => {
  it('shows an Edit button, described by the card title, that opens the record', async () => {
    const { user } = await openForm({ mode: 'new', type: 'person' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const edit = screen.getByRole('button', { name: 'Edit' });
    expect(edit).toHaveAccessibleDescription('Patrick Pélata');
    await user.click(edit);
    const dialog = await screen.findByRole('dialog', { name: 'Edit person' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Patrick Pélata');
    expect(within(dialog).getByRole('textbox', { name: 'Id' })).toHaveAttribute('readonly');
  });

  it('shows no Edit button without an editor', () => {
    render(<EditRecordButton id="patrick-pelata" describedBy="x" />);
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('refuses to delete a record others refer to, and lists them', async () => {
    const { user, dialog, actions } = await openForm({ mode: 'edit', id: 'patrick-pelata' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('This record cannot be deleted: these records refer to it.');
    expect(within(alert).getAllByRole('link').length).toBeGreaterThan(1);
    expect(within(alert).getAllByRole('link', { name: /^quote: / }).length).toBeGreaterThan(0);
    expect(actions).toEqual([]);
  });

  it('deletes a record nothing refers to after asking', async () => {
    const { user, dialog, actions } = await openForm({ mode: 'edit', id: quote.id });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/The deletion stays a draft/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete it' }));
    expect(actions).toEqual([
      expect.objectContaining({ kind: 'delete', type: 'quote', id: quote.id }),
    ]);
  });
});
