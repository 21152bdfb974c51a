import {
  emptyCollections,
  type Bundle,
  type BundleOf,
  type Dataset,
  type DossierRecord,
  type RecordType,
} from '../dataset.ts';
import { parseBundle } from '../load-dataset.ts';
import {
  collectionOfType,
  COLLECTIONS,
  referencesOf,
  REGISTRY,
  type CollectionsOf,
  type RecordOf,
  type Registry,
} from '../registry.ts';
import { canonicalJson } from './canonical-json.ts';
import { homeOf, type RecordChange } from './save-plan.ts';

/**
 * One unsaved change to one record: its new content, or its deletion. `base` is the saved
 * record it started from, as canonical JSON (null for a new record), so a record changed on
 * disk since is seen as a conflict rather than overwritten.
 */
export type Draft = { id: string; base: string | null; at: number } & (
  { op: 'put'; entry: DossierRecord } | { op: 'delete'; type: RecordType }
);

/** One step of the history: the record's draft before and after it. */
export interface DraftStep {
  id: string;
  before: Draft | null;
  after: Draft | null;
}

/** Every draft of a data folder, latest change per record, with undo and redo. */
export interface DraftState {
  drafts: readonly Draft[];
  past: readonly DraftStep[];
  future: readonly DraftStep[];
}

export const EMPTY_DRAFTS: DraftState = { drafts: [], past: [], future: [] };
/** How many steps back undo reaches. */
const HISTORY = 100;

export function fingerprintOf(entry: DossierRecord | undefined): string | null {
  return entry === undefined ? null : canonicalJson({ type: entry.type, record: entry.record });
}

function replaced(state: DraftState, id: string, next: Draft | null): DraftState {
  const before = state.drafts.find((draft) => draft.id === id) ?? null;
  const drafts =
    next === null
      ? state.drafts.filter((draft) => draft.id !== id)
      : before === null
        ? [...state.drafts, next]
        : state.drafts.map((draft) => (draft.id === id ? next : draft));
  return {
    drafts,
    past: [...state.past, { id, before, after: next }].slice(-HISTORY),
    future: [],
  };
}

/**
 * Records a new or edited record. `saved` is the record as the data folder has it (undefined
 * for a new one); an edit that brings a record back to its saved state drops the draft.
 */
export function putDraft(
  state: DraftState,
  entry: DossierRecord,
  saved: DossierRecord | undefined,
  at: number,
): DraftState {
  const id = entry.record.id;
  const existing = state.drafts.find((draft) => draft.id === id);
  const base = existing ? existing.base : fingerprintOf(saved);
  if (base !== null && base === fingerprintOf(entry)) return replaced(state, id, null);
  return replaced(state, id, { id, base, at, op: 'put', entry });
}

/** Deletes a record: a saved one becomes a deletion draft, an unsaved one is dropped. */
export function deleteDraft(
  state: DraftState,
  type: RecordType,
  id: string,
  saved: DossierRecord | undefined,
  at: number,
): DraftState {
  const existing = state.drafts.find((draft) => draft.id === id);
  const base = existing ? existing.base : fingerprintOf(saved);
  if (base === null) return replaced(state, id, null);
  return replaced(state, id, { id, base, at, op: 'delete', type });
}

/** Forgets the draft of one record (after a save, or when the user discards it). */
export function discardDraft(state: DraftState, id: string): DraftState {
  return state.drafts.some((draft) => draft.id === id) ? replaced(state, id, null) : state;
}

function withDraft(drafts: readonly Draft[], id: string, draft: Draft | null): Draft[] {
  const rest = drafts.filter((item) => item.id !== id);
  if (draft === null) return rest;
  const at = drafts.findIndex((item) => item.id === id);
  if (at < 0) return [...rest, draft];
  return [...rest.slice(0, at), draft, ...rest.slice(at)];
}

export function undo(state: DraftState): DraftState {
  const step = state.past.at(-1);
  if (!step) return state;
  return {
    drafts: withDraft(state.drafts, step.id, step.before),
    past: state.past.slice(0, -1),
    future: [step, ...state.future],
  };
}

export function redo(state: DraftState): DraftState {
  const [step, ...future] = state.future;
  if (!step) return state;
  return {
    drafts: withDraft(state.drafts, step.id, step.after),
    past: [...state.past, step],
    future,
  };
}

/** The drafts as the save planner takes them. */
export function changesOf(drafts: readonly Draft[]): RecordChange[] {
  return drafts.map((draft) =>
    draft.op === 'put'
      ? { op: 'put', entry: draft.entry }
      : { op: 'delete', type: draft.type, id: draft.id },
  );
}

export interface DraftConflict {
  id: string;
  /** `changed`: the saved record is not the one the draft started from; `deleted`: it is gone; `exists`: a new record's id is now taken. */
  reason: 'changed' | 'deleted' | 'exists';
}

/** Drafts whose saved record changed on disk since they were started. */
export function conflictsOf(
  drafts: readonly Draft[],
  savedOf: (id: string) => DossierRecord | undefined,
): DraftConflict[] {
  const conflicts: DraftConflict[] = [];
  for (const draft of drafts) {
    const saved = fingerprintOf(savedOf(draft.id));
    if (draft.base === saved) continue;
    const reason = draft.base === null ? 'exists' : saved === null ? 'deleted' : 'changed';
    conflicts.push({ id: draft.id, reason });
  }
  return conflicts;
}

/**
 * The dataset with the drafts applied, for the preview: edited records in place, deleted ones
 * gone, new ones at the end of their collection, filed where a save would put them.
 */
export function applyDrafts(dataset: Dataset, drafts: readonly Draft[]): Dataset {
  if (drafts.length === 0) return dataset;
  const deleted = new Set(drafts.filter((draft) => draft.op === 'delete').map((draft) => draft.id));
  const put = drafts.flatMap((draft) => (draft.op === 'put' ? [draft.entry] : []));
  // The drafts' records, typed by their collection as the loader types a file's records.
  const raw: Record<string, unknown[]> = {};
  for (const entry of put) {
    const collection = collectionOfType(REGISTRY, entry.type);
    if (collection !== undefined) (raw[collection] ??= []).push(entry.record);
  }
  const parsed = parseBundle(REGISTRY, raw);
  const drafted: Bundle = parsed.ok ? parsed.value : {};
  const next = emptyCollections();
  for (const collection of COLLECTIONS)
    applyToCollection(next, dataset, drafted, deleted, collection);
  const fileOf = new Map(dataset.fileOf);
  for (const entry of put)
    if (!fileOf.has(entry.record.id)) fileOf.set(entry.record.id, homeOf(entry));
  for (const id of deleted) fileOf.delete(id);
  return { ...dataset, ...next, fileOf };
}

function applyToCollection<R extends Registry<R>, C extends keyof R>(
  target: CollectionsOf<R>,
  dataset: CollectionsOf<R>,
  drafted: BundleOf<R>,
  deleted: ReadonlySet<string>,
  collection: C,
): void {
  const saved: readonly RecordOf<R, C>[] = dataset[collection];
  const changed: readonly RecordOf<R, C>[] = drafted[collection] ?? [];
  target[collection] = withChanges(saved, changed, deleted);
}

/** Saved records with their replacements in place, deletions out, new records at the end. */
function withChanges<T extends { id: string }>(
  saved: readonly T[],
  changed: readonly T[],
  deleted: ReadonlySet<string>,
): T[] {
  const replacements = new Map(changed.map((record) => [record.id, record]));
  const kept = saved.flatMap((record) => {
    if (deleted.has(record.id)) return [];
    const replacement = replacements.get(record.id);
    replacements.delete(record.id);
    return [replacement ?? record];
  });
  return [...kept, ...replacements.values()];
}

/** The records referring to a record: a deletion is refused while there are any. */
export function referrersOf(records: Iterable<DossierRecord>, id: string): DossierRecord[] {
  const out: DossierRecord[] = [];
  for (const entry of records) {
    const collection = collectionOfType(REGISTRY, entry.type);
    if (collection === undefined || entry.record.id === id) continue;
    if (referencesOf(REGISTRY[collection], entry.record).some((ref) => ref.id === id))
      out.push(entry);
  }
  return out;
}
