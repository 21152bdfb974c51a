import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from './zip.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('zipStore', () => {
  it('computes the same CRC-32 as zlib', () => {
    for (const text of ['', 'a', '\uFEFFid,name\r\nx,Élise\r\n', 'x'.repeat(10_000)]) {
      expect(crc32(encode(text))).toBe(nodeCrc32(encode(text)));
    }
  });

  it('writes an archive unzip reads back byte for byte, accents in names included', () => {
    const files = [
      { name: 'people.csv', data: encode('\uFEFFid,name\r\npelata,Patrick Pélata\r\n') },
      { name: 'événements.csv', data: encode('') },
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-zip-'));
    try {
      const archive = path.join(dir, 'export.zip');
      writeFileSync(archive, zipStore(files, new Date(2026, 0, 2, 3, 4, 6)));
      const test = spawnSync('unzip', ['-t', archive], { encoding: 'utf8' });
      expect(test.stdout).toContain('No errors detected');
      const read = spawnSync('unzip', ['-p', archive, 'people.csv'], { encoding: 'utf8' });
      expect(read.stdout).toBe('\uFEFFid,name\r\npelata,Patrick Pélata\r\n');
      const list = spawnSync('unzip', ['-Z1', archive], { encoding: 'utf8' });
      expect(list.stdout.split('\n').filter(Boolean)).toEqual(['people.csv', 'événements.csv']);
      const out = path.join(dir, 'out');
      spawnSync('unzip', ['-q', archive, '-d', out]);
      expect(statSync(path.join(out, 'people.csv')).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
