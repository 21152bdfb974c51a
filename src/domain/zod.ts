import { z } from 'zod';

// Zod probes `new Function` when it builds object schemas, to compile faster parsers. In the
// browser the Content-Security-Policy forbids eval, so the probe can only fail and be reported
// as a violation: do not make it there. Every schema imports zod from here, so this runs
// before any schema is built. Node (check-data, the corpus tools) keeps the fast parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

// A field that is not there at all says so, rather than "received undefined".
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined
      ? `required, but missing (expected ${issue.expected})`
      : undefined,
});

export { z };
