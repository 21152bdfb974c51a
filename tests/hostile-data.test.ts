// @vitest-environment node
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hostileCases } from './hostile-cases.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const corpus = path.join(root, 'tests/hostile');

interface CheckResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real command a person runs: `npm run check-data -- <dir>`, minus npm's own start-up. */
async function checkData(dir: string): Promise<CheckResult> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-data.ts', dir],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** `[warning: ]file · record · field: message` lines, as check-data prints them. */
function problemLines(stderr: string) {
  return stderr
    .split('\n')
    .map((line) => /^(?:warning: )?(.+?) · (.+?) · (.+?): (.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, file, record, field, message]) => ({
      file,
      record: record === '—' ? null : record,
      path: field === '—' ? '' : field,
      message,
    }));
}

describe('the hostile data corpus', () => {
  it('has an expectation for every folder, and a folder for every expectation', () => {
    const folders = readdirSync(corpus).filter((name) =>
      statSync(path.join(corpus, name)).isDirectory(),
    );
    expect(folders.sort()).toEqual([...hostileCases.map((c) => c.name), 'valid'].sort());
  });

  it(
    'starts from a valid folder, so each case fails for its one defect',
    { timeout: 30_000 },
    async () => {
      const result = await checkData(path.join(corpus, 'valid'));
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('OK, 1 sources and 5 records');
    },
  );

  it.concurrent.each(hostileCases)(
    'check-data fails on $name, naming file, record and field',
    async ({ name, problems }) => {
      const result = await checkData(path.join(corpus, name));
      expect(result.code).toBe(1);
      const found = problemLines(result.stderr);
      expect(found).toHaveLength(problems.length);
      for (const problem of problems) {
        expect(found).toContainEqual({
          file: problem.file,
          record: problem.record,
          path: problem.path,
          message: expect.stringContaining(problem.message),
        });
      }
    },
    // Each case starts its own Node process; several at once on two cores take a few seconds.
    30_000,
  );
});
