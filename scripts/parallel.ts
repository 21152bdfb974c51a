/**
 * `tsx scripts/parallel.ts <script> [<script> …]`: runs these npm scripts at the same time and
 * fails when any of them fails. `npm test` runs its checks that each use one core (the type
 * check, the lint, check-data) this way, on a machine of two cores or more: one after the other
 * they took some 80 s, side by side the longest of them.
 *
 * Each script's output is held and printed whole when it ends, under its name and time, so the
 * logs of two scripts never interleave; a failure is told again at the end.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/parallel.ts <npm script> [<npm script> …]');
  process.exit(2);
}

interface Outcome {
  script: string;
  code: number;
  seconds: number;
}

function run(script: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (code: number) => {
      const seconds = (performance.now() - started) / 1000;
      const text = Buffer.concat(output).toString().trimEnd();
      const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
      process.stdout.write(
        `\n> npm run ${script} — ${verdict} in ${seconds.toFixed(1)} s\n${text ? `${text}\n` : ''}`,
      );
      resolve({ script, code, seconds });
    };
    child.once('error', (error) => {
      output.push(Buffer.from(String(error)));
      finish(127);
    });
    child.once('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

const outcomes = await Promise.all(scripts.map(run));
const failed = outcomes.filter((o) => o.code !== 0);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((o) => `npm run ${o.script}`).join(', ')}`);
  process.exitCode = 1;
}
