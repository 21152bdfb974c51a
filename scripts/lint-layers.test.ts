// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, run on snippets as if they were files of src: each wrong
 * import must be reported, a legal one must not (which also shows the resolver follows the
 * `.ts`/`.tsx` paths: an import it could not resolve would be reported as unresolved).
 */
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('import-x/'))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', { timeout: 60_000 }, () => {
  it('report a feature importing another feature', async () => {
    const problems = await importProblems(
      'src/features/org/x.ts',
      "export { createQuoteSearch } from '../quotes/quote-search.ts';\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*"\.\.\/quotes\/quote-search\.ts".*Features never import each other/,
      ),
    ]);
  });

  it('report a feature importing a route', async () => {
    const problems = await importProblems(
      'src/features/org/x.ts',
      "export { orgRoute } from '../../routes/org-route.tsx';\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*src\/features imports nothing above/,
      ),
    ]);
  });

  it('report the domain importing a component', async () => {
    const problems = await importProblems(
      'src/domain/x.ts',
      "export { RecordCard } from '../components/record-card.tsx';\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/domain imports nothing above/),
    ]);
  });

  it('report app code importing the test helpers', async () => {
    const problems = await importProblems(
      'src/lib/x.ts',
      "export { builtInDataFiles } from '../testing/data-folder.ts';\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/testing is for tests only/),
    ]);
  });

  it('report an import cycle', async () => {
    // records.ts imports fuzzy-date.ts: fuzzy-date.ts importing records.ts closes a circle.
    const problems = await importProblems(
      'src/domain/fuzzy-date.ts',
      "export { IdSchema } from './records.ts';\n",
    );
    expect(problems).toEqual([expect.stringMatching(/^import-x\/no-cycle: /)]);
  });

  it('report an import it cannot resolve, rather than passing it unseen', async () => {
    const problems = await importProblems(
      'src/features/org/x.ts',
      "export { nothing } from './no-such-file.ts';\n",
    );
    expect(problems).toEqual([expect.stringMatching(/^import-x\/no-unresolved: /)]);
  });

  it('accept imports down the layers and within a feature', async () => {
    const problems = await importProblems(
      'src/features/org/x.ts',
      [
        "export { buildOrgChart } from './org-model.ts';",
        "export { RecordCard } from '../../components/record-card.tsx';",
        "export { useFilter } from '../../lib/use-filter.ts';",
        "export { foldText } from '../../domain/text-fold.ts';",
        "export { defineMessages } from '../../i18n/define-messages.ts';",
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('let a test reach across layers, not across features', async () => {
    expect(
      await importProblems(
        'src/lib/x.test.ts',
        "export { orgSearchSchema } from '../routes/org-route.tsx';\n",
      ),
    ).toEqual([]);
    expect(
      await importProblems(
        'src/features/org/x.test.ts',
        "export { createQuoteSearch } from '../quotes/quote-search.ts';\n",
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });
});
