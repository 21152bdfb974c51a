import type { Dataset } from './dataset.ts';
import {
  DataFileReadError,
  loadDataset,
  MANIFEST_FILE,
  type ReadDataFile,
} from './load-dataset.ts';
import { DatasetError, type Problem } from './problem.ts';
import { checkDateAgreement } from './content-checks.ts';
import { recordsOf } from './dataset.ts';
import { untranslatedParagraphs } from './translation-gaps.ts';

/** What `npm run check-data` says of a folder; the edit server asks the same before a save. */
export type FolderCheck =
  | {
      ok: true;
      dataset: Dataset;
      sources: number;
      records: number;
      /** What the folder still lacks but may be shared without (paragraphs not yet translated). */
      gaps: readonly Problem[];
    }
  | { ok: false; problems: readonly Problem[]; kind: 'problems' | 'warnings' };

/**
 * The full check of a data folder: the loader's schemas and integrity checks, then what the app
 * loads but a folder under review does not pass: suspicious text (markup, invisible characters),
 * which the app shows inertly, and records of one passage whose dates disagree without a note.
 * A folder that passes may still have gaps (untranslated paragraphs): listed, not failed.
 */
export async function checkFolder(read: ReadDataFile): Promise<FolderCheck> {
  let dataset: Dataset;
  try {
    dataset = await loadDataset(read);
  } catch (error) {
    if (error instanceof DatasetError)
      return { ok: false, problems: error.problems, kind: 'problems' };
    if (error instanceof DataFileReadError) {
      const file = error.file || MANIFEST_FILE;
      return {
        ok: false,
        kind: 'problems',
        problems: [{ file, record: null, path: '', message: error.message }],
      };
    }
    throw error;
  }
  const warnings = [...dataset.warnings, ...checkDateAgreement(dataset)];
  if (warnings.length > 0) return { ok: false, problems: warnings, kind: 'warnings' };
  const records = recordsOf(dataset).filter((entry) => entry.type !== 'source').length;
  return {
    ok: true,
    dataset,
    sources: dataset.sources.length,
    records,
    gaps: untranslatedParagraphs(dataset),
  };
}
