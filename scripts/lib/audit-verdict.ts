import { z } from 'zod';

const Report = z.union([
  z.object({
    metadata: z.object({
      vulnerabilities: z.object({ high: z.number(), critical: z.number(), total: z.number() }),
      dependencies: z.object({ total: z.number() }),
    }),
  }),
  z.object({ message: z.string() }),
]);

export interface AuditVerdict {
  /** `fail` on any high or critical advisory, or on output that cannot be read. */
  outcome: 'pass' | 'fail' | 'unreachable';
  message: string;
}

/** What `npm audit --json` printed, read as a pass, a fail, or a service that did not answer. */
export function auditVerdict(stdout: string): AuditVerdict {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { outcome: 'fail', message: `npm audit printed no JSON report:\n${stdout}` };
  }
  const report = Report.safeParse(json);
  if (!report.success) {
    return { outcome: 'fail', message: `npm audit printed a report not understood:\n${stdout}` };
  }
  if ('metadata' in report.data) {
    const { vulnerabilities: v, dependencies } = report.data.metadata;
    return {
      outcome: v.high + v.critical > 0 ? 'fail' : 'pass',
      message: `npm audit: ${v.critical} critical, ${v.high} high, ${v.total} in all, over ${dependencies.total} dependencies`,
    };
  }
  return {
    outcome: 'unreachable',
    message: `npm audit could not reach the advisory service (${report.data.message}); no finding either way.`,
  };
}
