import type { ReadDataFile } from '../domain/load-dataset.ts';
import { MANIFEST_FILE } from '../domain/load-dataset.ts';
import { ManifestSchema } from '../domain/records.ts';
import { recordFileVersion, recordManifest } from './authoring/file-versions.ts';
import { fetchDataFile } from './data-file-fetch.ts';

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Reads data files over HTTP from a folder URL ending in `/`, noting each file's version for
 * a later save: the page's own reader, where there is no worker (the unit tests' DOM).
 */
export function httpDataReader(base: string): ReadDataFile {
  return async (file) => {
    const fetched = await fetchDataFile(base, file);
    recordFileVersion(base, file, fetched.etag);
    if (file === MANIFEST_FILE) {
      const manifest = ManifestSchema.safeParse(parseJsonOrNull(fetched.text));
      if (manifest.success) recordManifest(base, manifest.data);
    }
    return fetched.text;
  };
}
