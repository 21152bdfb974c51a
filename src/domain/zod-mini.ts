import * as z from 'zod/mini';

// zod's configuration lives in its core, which the full zod (the record schemas, loaded with the
// data) and zod/mini (the URL's search schemas, in the app's first download) share: it is set
// here, once, before any schema of either is built.

// Zod probes `new Function` when it builds object schemas, to compile faster parsers. In the
// browser the Content-Security-Policy forbids eval, so the probe can only fail and be reported
// as a violation: do not make it there. Node (check-data, the corpus tools) keeps the fast parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

// A field that is not there at all says so, rather than "received undefined".
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined
      ? `required, but missing (expected ${issue.expected})`
      : undefined,
});

export { z };
