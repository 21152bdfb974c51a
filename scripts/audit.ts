/**
 * `npm run audit`: `npm audit` at high severity, for CI. Fails when any dependency has a high
 * or critical advisory. When the advisory service cannot be reached at all (the registry
 * mirror on our build machines answers 405 to its POST), it says so plainly and does not fail:
 * that is no finding either way, and a build must not hinge on a service it cannot reach.
 */
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './lib/audit-verdict.ts';

const run = spawnSync('npm', ['audit', '--json', '--audit-level=high'], { encoding: 'utf8' });
const verdict = auditVerdict(run.stdout);
if (verdict.outcome === 'unreachable') console.warn(verdict.message);
else console.log(verdict.message);
if (verdict.outcome === 'fail') {
  spawnSync('npm', ['audit', '--audit-level=high'], { stdio: 'inherit' });
  process.exitCode = 1;
}
