import { useQuery, useSuspenseQuery, type UseQueryResult } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { dataBaseOf } from './data-source.ts';
import { datasetQueries } from './dataset-query.ts';
import type { Draft } from '../domain/authoring/drafts.ts';
import {
  draftKindOf,
  previewIndex,
  useDraftState,
  usePreview,
  type DraftKind,
} from './authoring/use-drafts.ts';

/**
 * Only `data=` of the URL: a component reading the folder re-renders when the folder changes,
 * not on every filter or `q=` written (every quote card and draft badge reads it).
 */
function dataParam(search: { data?: string }): string | undefined {
  return search.data;
}

/** The folder the URL asks for; route loaders have already refused a bad one. */
export function useDataBase(): string {
  const data = useSearch({ from: '__root__', select: dataParam });
  return dataBaseOf(data);
}

/** The dataset as the data folder has it, without drafts: what a save starts from. */
export function useSavedDatasetIndex(): DatasetIndex {
  return useSuspenseQuery(datasetQueries.detail(useDataBase())).data;
}

/**
 * The indexed dataset every view shows: the saved one with the drafts applied, unless the
 * header's switch asks for the saved data alone. Route loaders have already fetched it, so
 * this does not suspend.
 */
export function useDatasetIndex(): DatasetIndex {
  const base = useDataBase();
  const saved = useSuspenseQuery(datasetQueries.detail(base)).data;
  const { state } = useDraftState(base);
  const preview = usePreview();
  return preview ? previewIndex(saved, state.drafts) : saved;
}

/** Ids of the records that are drafts in what the views show, to mark them as such. */
export function useDraftIds(): ReadonlySet<string> {
  const { state } = useDraftState(useDataBase());
  const preview = usePreview();
  return preview ? draftIdsOf(state.drafts) : NO_IDS;
}

const NO_IDS: ReadonlySet<string> = new Set();
let lastIds: { drafts: readonly Draft[]; ids: ReadonlySet<string> } | null = null;
function draftIdsOf(drafts: readonly Draft[]): ReadonlySet<string> {
  if (lastIds?.drafts !== drafts) lastIds = { drafts, ids: new Set(drafts.map((d) => d.id)) };
  return lastIds.ids;
}

/**
 * Whether the record shown is a draft, and which kind: `null` for a saved record, or for any
 * record while the header's switch shows the saved data alone.
 */
export function useDraftKind(id: string): DraftKind | null {
  const base = useDataBaseIfValid();
  const { state } = useDraftState(base ?? '');
  const preview = usePreview();
  if (!preview || base === null) return null;
  return draftKindsOf(state.drafts).get(id) ?? null;
}

let lastKinds: { drafts: readonly Draft[]; kinds: ReadonlyMap<string, DraftKind> } | null = null;
function draftKindsOf(drafts: readonly Draft[]): ReadonlyMap<string, DraftKind> {
  if (lastKinds?.drafts !== drafts)
    lastKinds = { drafts, kinds: new Map(drafts.map((d) => [d.id, draftKindOf(d)])) };
  return lastKinds.kinds;
}

/** The folder the URL asks for, or `null` for one the loaders refuse (the shell still renders). */
export function useDataBaseIfValid(): string | null {
  const data = useSearch({ from: '__root__', select: dataParam });
  try {
    return dataBaseOf(data);
  } catch {
    return null;
  }
}

/** The dataset when it is there, for the chrome around the views (the filter bar). */
export function useDatasetIndexIfLoaded(): UseQueryResult<DatasetIndex> {
  const base = useDataBaseIfValid();
  return useQuery({ ...datasetQueries.detail(base ?? ''), enabled: base !== null });
}
