import { describe, expect, it } from 'vitest';
import {
  fileVersionOf,
  loadedManifestOf,
  recordFileVersion,
  recordLoadedFolder,
} from './file-versions.ts';

const manifest = { format: 'dossier/1' as const, title: 'T', files: ['a.json'] };

describe('the file versions a save sends', () => {
  it('gives each file the ETag it was loaded at, and "absent" for a file never read', () => {
    recordLoadedFolder(
      '/one/',
      { 'manifest.json': '"sha256-m"', 'a.json': '"sha256-a"' },
      manifest,
    );
    expect(fileVersionOf('/one/', 'a.json')).toBe('"sha256-a"');
    expect(fileVersionOf('/one/', 'records/new.json')).toBe('absent');
    expect(fileVersionOf('/other/', 'a.json')).toBe('absent');
    expect(loadedManifestOf('/one/')).toEqual(manifest);
  });

  it('replaces the versions of an earlier load of the same folder', () => {
    recordLoadedFolder('/two/', { 'a.json': '"sha256-old"', 'b.json': '"sha256-b"' }, manifest);
    recordLoadedFolder('/two/', { 'a.json': '"sha256-new"' }, manifest);
    expect(fileVersionOf('/two/', 'a.json')).toBe('"sha256-new"');
    expect(fileVersionOf('/two/', 'b.json')).toBe('absent');
  });

  it('reads a new dossier’s manifest, served as "absent", as no manifest yet', () => {
    recordLoadedFolder('/new/', { 'manifest.json': '"absent"' }, { ...manifest, files: [] });
    expect(loadedManifestOf('/new/')).toBeNull();
  });

  it('keeps what the in-page reader records, file by file', () => {
    recordFileVersion('/three/', 'a.json', '"sha256-a"');
    recordFileVersion('/three/', 'b.json', null);
    expect(fileVersionOf('/three/', 'a.json')).toBe('"sha256-a"');
    expect(fileVersionOf('/three/', 'b.json')).toBe('absent');
  });
});
