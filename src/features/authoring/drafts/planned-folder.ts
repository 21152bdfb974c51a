import { changesOf, type Draft } from '../../../domain/authoring/drafts.ts';
import { canonicalJson } from '../../../domain/authoring/canonical-json.ts';
import { planSave, type SavePlan } from '../../../domain/authoring/save-plan.ts';
import { recordsOf, type Dataset } from '../../../domain/dataset.ts';
import { MANIFEST_FILE, type ReadDataFile } from '../../../domain/load-dataset.ts';
import type { Manifest } from '../../../domain/records.ts';

/** The files a save of these drafts writes, as the edit server and the zip receive them. */
export function plannedSave(
  dataset: Dataset,
  manifest: Manifest | null,
  drafts: readonly Draft[],
  newTitle: string,
): SavePlan {
  return planSave(dataset, manifest, changesOf(drafts), newTitle);
}

/**
 * The whole folder as it would be after the save, file by file, for the same check check-data
 * runs: every file rebuilt from the records the page loaded (each record put back in place,
 * then the drafts applied), the manifest as the plan leaves it, and a listed file that holds
 * no record read as an empty bundle.
 */
export function plannedFolderReader(
  dataset: Dataset,
  manifest: Manifest | null,
  drafts: readonly Draft[],
  newTitle: string,
): ReadDataFile {
  const everything = planSave(
    dataset,
    manifest,
    [...recordsOf(dataset).map((entry) => ({ op: 'put' as const, entry })), ...changesOf(drafts)],
    newTitle,
  );
  const texts = new Map(everything.files.map((file) => [file.path, file.content]));
  texts.set(MANIFEST_FILE, canonicalJson(everything.manifest));
  return (path) => Promise.resolve(texts.get(path) ?? '{}');
}

/** One field a draft changes: its value as saved and as drafted, in words or compact JSON. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The top-level fields whose values differ between the saved record and its draft. */
export function fieldChanges(
  saved: Readonly<Record<string, unknown>>,
  draft: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(saved), ...Object.keys(draft)])];
  return fields.flatMap((field) => {
    const before = saved[field];
    const after = draft[field];
    if (canonicalJson(before ?? null) === canonicalJson(after ?? null)) return [];
    return [{ field, before: shown(before), after: shown(after) }];
  });
}
