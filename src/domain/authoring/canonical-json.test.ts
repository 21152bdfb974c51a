import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('writes the same bytes whatever order the keys were built in', () => {
    const a = canonicalJson({
      voice: 'journalist',
      id: 'x',
      evidence: [{ source: 's', passage: 'p' }],
    });
    const b = canonicalJson({
      evidence: [{ passage: 'p', source: 's' }],
      id: 'x',
      voice: 'journalist',
    });
    expect(a).toBe(b);
  });

  it('puts id first, then keys alphabetically, with a two-space indent and a final newline', () => {
    expect(canonicalJson({ name: 'Ada', id: 'ada', end: null, aliases: [] })).toBe(
      '{\n  "id": "ada",\n  "aliases": [],\n  "end": null,\n  "name": "Ada"\n}\n',
    );
  });

  it('leaves out undefined fields, as JSON does, and keeps array order', () => {
    expect(canonicalJson({ id: 'x', inference: undefined, files: ['b', 'a'] })).toBe(
      '{\n  "id": "x",\n  "files": [\n    "b",\n    "a"\n  ]\n}\n',
    );
  });
});
