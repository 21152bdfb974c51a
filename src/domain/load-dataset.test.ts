import { describe, expect, it, vi } from 'vitest';
import {
  builtInDataFiles,
  minimalDataFolder,
  readerOf,
  toFiles,
  type TestDataFolder,
} from '../testing/data-folder.ts';
import { loadDataset, mapConcurrently } from './load-dataset.ts';
import { DatasetError, type Problem } from './problem.ts';

async function problemsOf(files: Map<string, string>): Promise<readonly Problem[]> {
  try {
    await loadDataset(readerOf(files));
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

async function problemsAfter(change: (folder: TestDataFolder) => void) {
  const folder = minimalDataFolder();
  change(folder);
  return problemsOf(toFiles(folder));
}

function record(list: Record<string, unknown>[] | undefined, i = 0): Record<string, unknown> {
  const found = list?.[i];
  if (!found) throw new Error('fixture has no such record');
  return found;
}

describe('loading the built-in data', () => {
  it('accepts the shipped data with no problem', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    expect(dataset.sources.map((s) => s.id)).toEqual(['itespresso-pelata', 'bfm-hoffstetter']);
    expect(dataset.people.map((p) => p.id)).toEqual(['patrick-pelata', 'patrick-hoffstetter']);
    expect(dataset.organizations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['renault', 'salesforce']),
    );
  });

  it('keeps the lost dashes of the BFM text restored, never as question marks', async () => {
    const dataset = await loadDataset(readerOf(builtInDataFiles()));
    const bfm = dataset.sources.find((s) => s.id === 'bfm-hoffstetter');
    expect(bfm?.paragraphs).toBeDefined();
    expect(bfm?.paragraphs.filter((p) => / \?[ ,]/.test(p.text))).toEqual([]);
  });
});

describe('integrity checks', () => {
  it('accepts the minimal folder', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it('reports a duplicate id with both places', async () => {
    const problems = await problemsAfter((f) => {
      f.records.people?.push({ ...record(f.records.people) });
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'records.json',
        record: 'ada',
        path: 'people[1].id',
        message: expect.stringContaining('duplicate id'),
      }),
    );
  });

  it('reports a dangling reference', async () => {
    const problems = await problemsAfter((f) => {
      record(f.records.positions).organization = 'globex';
    });
    expect(problems).toContainEqual({
      file: 'records.json',
      record: 'ada-acme',
      path: 'positions[0].organization',
      message: 'unknown id "globex": expected the id of an organization',
    });
  });

  it('reports a reference to a record of the wrong kind', async () => {
    const problems = await problemsAfter((f) => {
      record(f.records.positions).person = 'acme';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'positions[0].person',
        message: '"acme" is an organization, expected the id of a person',
      }),
    );
  });

  it('reports an organization whose parent chain loops back', async () => {
    const problems = await problemsAfter((folder) => {
      const acme = record(folder.records.organizations);
      const unit = { ...acme, id: 'acme-lab', name: 'Acme Lab', parent: 'acme' };
      acme.parent = 'acme-lab';
      folder.records.organizations?.push(unit);
    });
    expect(problems.map((p) => [p.record, p.path, p.message])).toEqual([
      [
        'acme',
        'organizations[0].parent',
        'parent chain loops back through "acme": expected a tree',
      ],
      [
        'acme-lab',
        'organizations[1].parent',
        'parent chain loops back through "acme-lab": expected a tree',
      ],
    ]);
  });

  it('reports a passage that is not in the source', async () => {
    const problems = await problemsAfter((f) => {
      record(f.records.people).evidence = [{ source: 's1', passage: 'Ada Byron' }];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'ada',
        path: 'people[0].evidence[0].passage',
        message: expect.stringContaining('not found verbatim'),
      }),
    );
  });

  it('reports a role that ends before it starts', async () => {
    const problems = await problemsAfter((f) => {
      const position = record(f.records.positions);
      position.current = false;
      position.end = { precision: 'year', value: '2008', certainty: 'stated' };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'ada-acme',
        path: 'positions[0].end',
        message: expect.stringContaining('ends before it starts'),
      }),
    );
  });

  it('reports a field of the wrong type with its path and record', async () => {
    const problems = await problemsAfter((f) => {
      record(f.records.positions).current = 'yes';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'records.json',
        record: 'ada-acme',
        path: 'positions[0].current',
        message: expect.stringMatching(/expected boolean/i),
      }),
    ]);
  });

  it('reports a missing required field', async () => {
    const problems = await problemsAfter((f) => {
      delete record(f.records.people).name;
    });
    expect(problems).toEqual([expect.objectContaining({ record: 'ada', path: 'people[0].name' })]);
  });

  it('reports an impossible date', async () => {
    const problems = await problemsAfter((f) => {
      record(f.records.positions).start = {
        precision: 'day',
        value: '2012-13-40',
        certainty: 'stated',
      };
    });
    expect(problems).toEqual([
      expect.objectContaining({ record: 'ada-acme', path: 'positions[0].start.value' }),
    ]);
  });

  it('reports truncated JSON by file, line and column, and the last record read', async () => {
    const files = toFiles(minimalDataFolder());
    const text = JSON.stringify(minimalDataFolder().records, null, 2);
    const cut = text.indexOf('"organizations"');
    files.set('records.json', text.slice(0, cut));
    const problems = await problemsOf(files);
    expect(problems).toEqual([
      {
        file: 'records.json',
        record: 'ada',
        path: `line ${text.slice(0, cut).split('\n').length}, column 3`,
        message:
          'not valid JSON: the file ends too early (truncated?); the last record id read before it is "ada"',
      },
    ]);
  });

  it('reports a syntax error at its line and column when the engine gives a position', async () => {
    const files = toFiles(minimalDataFolder());
    const text = '{\n  "people": [\n    { "id": "ada", "name": \'Ada\' }\n  ]\n}';
    files.set('records.json', text);
    // Node 20 gives no position for a bad token; newer engines (Chromium) do.
    const position = text.indexOf("'");
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((json: string) => {
      if (json !== text) return parse(json);
      throw new SyntaxError(`Unexpected token ''', … is not valid JSON at position ${position}`);
    });
    const [problem] = await problemsOf(files);
    expect(problem).toMatchObject({
      file: 'records.json',
      record: 'ada',
      path: 'line 3, column 28',
    });
  });

  it('reports a file the manifest lists but that does not exist', async () => {
    const files = toFiles(minimalDataFolder());
    files.delete('records.json');
    const problems = await problemsOf(files);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'manifest.json',
        path: 'files[1]',
        message: expect.stringContaining('records.json could not be read'),
      }),
    );
  });

  it('reports an orphan organization', async () => {
    const problems = await problemsAfter((f) => {
      f.records.organizations?.push({
        ...record(f.records.organizations),
        id: 'globex',
        name: 'Globex',
      });
    });
    expect(problems).toEqual([
      expect.objectContaining({
        record: 'globex',
        message: expect.stringContaining('orphan organization'),
      }),
    ]);
  });

  it('reports an organization that is its own ancestor', async () => {
    const problems = await problemsAfter((f) => {
      record(f.records.organizations).parent = 'acme';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'acme',
        path: 'organizations[0].parent',
        message: expect.stringContaining('loops'),
      }),
    );
  });

  it('reports an unknown top-level key instead of ignoring it', async () => {
    const problems = await problemsAfter((f) => {
      f.records.peoples = [];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'records.json',
        message: expect.stringMatching(/unrecognized key/i),
      }),
    ]);
  });
});

describe('mapConcurrently', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrently([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });
});
