import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.ts';

const report = (high: number, critical: number) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: {
      vulnerabilities: { info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical },
      dependencies: { prod: 20, dev: 300, optional: 5, peer: 0, peerOptional: 0, total: 325 },
    },
  });

describe('auditVerdict', () => {
  it('passes with low and moderate advisories only', () => {
    expect(auditVerdict(report(0, 0))).toEqual({
      outcome: 'pass',
      message: 'npm audit: 0 critical, 0 high, 3 in all, over 325 dependencies',
    });
  });

  it('fails on one high advisory, and on one critical', () => {
    expect(auditVerdict(report(1, 0)).outcome).toBe('fail');
    expect(auditVerdict(report(0, 1)).outcome).toBe('fail');
  });

  it('says the service was unreachable when the registry refuses the request', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toMatchObject({
      outcome: 'unreachable',
      message: expect.stringContaining('405 Method Not Allowed'),
    });
  });

  it('fails on output it cannot read, rather than passing silently', () => {
    expect(auditVerdict('npm ERR! something').outcome).toBe('fail');
    expect(auditVerdict('{"unexpected": true}').outcome).toBe('fail');
  });
});
