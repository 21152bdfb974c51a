import { ABSENT_VERSION } from '../../domain/authoring/edit-api.ts';
import type { Manifest } from '../../domain/records.ts';

/**
 * What the page read of each data folder, by folder: every file's version (its ETag), which a
 * save sends back so the edit server refuses to overwrite a file changed on disk since, and the
 * manifest, which a save that adds files rewrites.
 */
interface LoadedFolder {
  versions: Map<string, string>;
  manifest: Manifest | null;
}

const folders = new Map<string, LoadedFolder>();

function folderOf(base: string): LoadedFolder {
  let folder = folders.get(base);
  if (!folder) {
    folder = { versions: new Map(), manifest: null };
    folders.set(base, folder);
  }
  return folder;
}

export function recordFileVersion(base: string, file: string, version: string | null): void {
  if (version === null) return;
  folderOf(base).versions.set(file, version);
}

/** Everything one load read: replaces what an earlier load of the folder recorded. */
export function recordLoadedFolder(
  base: string,
  versions: Readonly<Record<string, string>>,
  manifest: Manifest,
): void {
  folders.set(base, { versions: new Map(Object.entries(versions)), manifest });
}

export function recordManifest(base: string, manifest: Manifest): void {
  folderOf(base).manifest = manifest;
}

/** The version a file was read at, or `absent` for a file the page never read (a new one). */
export function fileVersionOf(base: string, file: string): string {
  return folders.get(base)?.versions.get(file) ?? ABSENT_VERSION;
}

/**
 * The manifest as loaded, or `null` for a folder with none on disk yet (the edit server serves
 * a new dossier's as `absent`): the first save then writes one, with the title given.
 */
export function loadedManifestOf(base: string): Manifest | null {
  const folder = folders.get(base);
  if (!folder) return null;
  const version = folder.versions.get('manifest.json');
  if (version !== undefined && version.replace(/^W\//, '').replace(/"/g, '') === ABSENT_VERSION)
    return null;
  return folder.manifest;
}
