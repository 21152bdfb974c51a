import { describe, expect, it } from 'vitest';
import { buildIndex } from '../dataset-index.ts';
import type { DossierRecord } from '../dataset.ts';
import { loadDataset } from '../load-dataset.ts';
import type { Person } from '../records.ts';
import { minimalDataFolder, readerOf, toFiles } from '../../testing/data-folder.ts';
import {
  applyDrafts,
  conflictsOf,
  deleteDraft,
  EMPTY_DRAFTS,
  putDraft,
  redo,
  referrersOf,
  undo,
} from './drafts.ts';

async function fixture() {
  const dataset = await loadDataset(readerOf(toFiles(minimalDataFolder())));
  const ada = dataset.people[0];
  if (!ada) throw new Error('fixture has a person');
  return { dataset, index: buildIndex(dataset), ada };
}

const grace: Person = {
  id: 'grace',
  name: 'Grace Hopper',
  summary: { fr: 'Informaticienne.', en: 'Computer scientist.' },
  voice: 'journalist',
  evidence: [{ source: 's1', passage: 'Ada Lovelace' }],
};
const person = (record: Person): DossierRecord => ({ type: 'person', record });

describe('drafts', () => {
  it('applies new, edited and deleted records to the dataset for the preview', async () => {
    const { dataset, index, ada } = await fixture();
    let state = putDraft(EMPTY_DRAFTS, person(grace), undefined, 1);
    state = putDraft(state, person({ ...ada, name: 'Ada King' }), index.byId.get(ada.id), 2);
    state = deleteDraft(state, 'position', 'ada-acme', index.byId.get('ada-acme'), 3);
    const preview = applyDrafts(dataset, state.drafts);
    expect(preview.people.map((p) => p.name)).toEqual(['Ada King', 'Grace Hopper']);
    expect(preview.positions).toEqual([]);
    expect(preview.fileOf.get('grace')).toBe('entities.json');
    expect(preview.fileOf.get('ada')).toBe('records.json');
    expect(preview.fileOf.has('ada-acme')).toBe(false);
    expect(dataset.people.map((p) => p.name)).toEqual(['Ada Lovelace']);
  });

  it('keeps one draft per record, and drops it when the record is back as saved', async () => {
    const { index, ada } = await fixture();
    const saved = index.byId.get(ada.id);
    let state = putDraft(EMPTY_DRAFTS, person({ ...ada, name: 'A' }), saved, 1);
    state = putDraft(state, person({ ...ada, name: 'B' }), saved, 2);
    expect(state.drafts).toHaveLength(1);
    state = putDraft(state, person(ada), saved, 3);
    expect(state.drafts).toEqual([]);
  });

  it('undoes and redoes the last changes in order', async () => {
    const { index, ada } = await fixture();
    const saved = index.byId.get(ada.id);
    const one = putDraft(EMPTY_DRAFTS, person(grace), undefined, 1);
    const two = putDraft(one, person({ ...ada, name: 'Ada King' }), saved, 2);
    const back = undo(two);
    expect(back.drafts).toEqual(one.drafts);
    expect(undo(back).drafts).toEqual([]);
    expect(redo(redo(undo(back))).drafts).toEqual(two.drafts);
    const branched = putDraft(back, person({ ...grace, name: 'G' }), undefined, 3);
    expect(branched.future).toEqual([]);
  });

  it('deleting a record never saved forgets it instead', () => {
    const state = deleteDraft(
      putDraft(EMPTY_DRAFTS, person(grace), undefined, 1),
      'person',
      'grace',
      undefined,
      2,
    );
    expect(state.drafts).toEqual([]);
  });

  it('reports a draft whose saved record changed, was deleted, or whose new id got taken', async () => {
    const { index, ada } = await fixture();
    let state = putDraft(
      EMPTY_DRAFTS,
      person({ ...ada, name: 'Ada King' }),
      index.byId.get(ada.id),
      1,
    );
    state = putDraft(state, person(grace), undefined, 2);
    expect(conflictsOf(state.drafts, (id) => index.byId.get(id))).toEqual([]);
    const changedOnDisk = person({ ...ada, summary: { fr: 'Autre.', en: 'Other.' } });
    const now = new Map<string, DossierRecord>([
      [ada.id, changedOnDisk],
      ['grace', person(grace)],
    ]);
    expect(conflictsOf(state.drafts, (id) => now.get(id))).toEqual([
      { id: 'ada', reason: 'changed' },
      { id: 'grace', reason: 'exists' },
    ]);
    expect(conflictsOf(state.drafts, () => undefined)).toEqual([{ id: 'ada', reason: 'deleted' }]);
  });

  it('lists the records referring to one, which a deletion must not leave dangling', async () => {
    const { index } = await fixture();
    expect(referrersOf(index.byId.values(), 'acme').map((entry) => entry.record.id)).toEqual([
      'ada-acme',
    ]);
    expect(referrersOf(index.byId.values(), 'ada-acme')).toEqual([]);
  });
});
