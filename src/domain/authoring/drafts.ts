import { mergeBundles, type Dataset, type DossierRecord, type RecordType } from '../dataset.ts';
import { referencesOf } from '../export/bundle.ts';
import type { Bundle } from '../records.ts';
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
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const bundle: Bundle = {};
  const fileOf = new Map(dataset.fileOf);
  const placed = new Set<string>();
  const keep = <T extends { id: string }>(
    records: readonly T[],
    pick: (entry: DossierRecord) => T | null,
  ): T[] => {
    const out: T[] = [];
    for (const record of records) {
      const draft = byId.get(record.id);
      if (!draft) out.push(record);
      else if (draft.op === 'put') {
        const next = pick(draft.entry);
        if (next) {
          out.push(next);
          placed.add(record.id);
        }
      }
    }
    for (const draft of drafts) {
      if (draft.op !== 'put' || placed.has(draft.id)) continue;
      const next = pick(draft.entry);
      if (next) {
        out.push(next);
        placed.add(draft.id);
        if (!fileOf.has(draft.id)) fileOf.set(draft.id, homeOf(draft.entry));
      }
    }
    return out;
  };
  bundle.sources = keep(dataset.sources, (e) => (e.type === 'source' ? e.record : null));
  bundle.people = keep(dataset.people, (e) => (e.type === 'person' ? e.record : null));
  bundle.organizations = keep(dataset.organizations, (e) =>
    e.type === 'organization' ? e.record : null,
  );
  bundle.positions = keep(dataset.positions, (e) => (e.type === 'position' ? e.record : null));
  bundle.projects = keep(dataset.projects, (e) => (e.type === 'project' ? e.record : null));
  bundle.quotes = keep(dataset.quotes, (e) => (e.type === 'quote' ? e.record : null));
  bundle.events = keep(dataset.events, (e) => (e.type === 'event' ? e.record : null));
  bundle.figures = keep(dataset.figures, (e) => (e.type === 'figure' ? e.record : null));
  bundle.relations = keep(dataset.relations, (e) => (e.type === 'relation' ? e.record : null));
  const merged = mergeBundles(dataset.title, [{ file: '', bundle }], dataset.warnings);
  for (const id of [...fileOf.keys()]) if (byId.get(id)?.op === 'delete') fileOf.delete(id);
  return { ...merged, fileOf };
}

/** The records referring to a record: a deletion is refused while there are any. */
export function referrersOf(records: Iterable<DossierRecord>, id: string): DossierRecord[] {
  const out: DossierRecord[] = [];
  for (const entry of records) {
    if (entry.record.id !== id && referencesOf(entry).includes(id)) out.push(entry);
  }
  return out;
}
