import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Tests that need a DOM: the components and views, and the two `.ts` files that build elements. */
const DOM_TESTS = ['src/**/*.test.tsx', 'src/lib/shortcut-keys.test.ts', 'src/i18n/locale.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    // Vitest's default leaves one core free (one worker on CI's two): the suite runs alone
    // there, so it may use both.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Whole-app renders on a loaded two-core machine: see setup-tests.ts.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: DOM_TESTS,
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
      {
        // Pure functions, the data check and the scripts: no jsdom to build per file, and one
        // process for all of them (nothing here keeps state between files), instead of a fresh
        // one per file with every module imported again.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: DOM_TESTS,
          isolate: false,
        },
      },
    ],
  },
});
