import { ABSENT_VERSION } from '../../domain/authoring/edit-api.ts';

/**
 * The version (ETag) of every data file as the page read it, by data folder: a save sends it
 * back, so the edit server refuses to overwrite a file changed on disk since.
 */
const versions = new Map<string, Map<string, string>>();

export function recordFileVersion(base: string, file: string, version: string | null): void {
  if (version === null) return;
  let files = versions.get(base);
  if (!files) {
    files = new Map();
    versions.set(base, files);
  }
  files.set(file, version);
}

/** The version a file was read at, or `absent` for a file the page never read (a new one). */
export function fileVersionOf(base: string, file: string): string {
  return versions.get(base)?.get(file) ?? ABSENT_VERSION;
}
