/**
 * `npm run check-data -- [dir | file.json]`: the app's own load-and-check over a data folder
 * laid out like public/data, or over one data file (an export) as a folder of its own, as if
 * a manifest listed that file alone. Exit 0 when clean; otherwise one line per problem
 * (file · record · field: message) and exit 1. Suspicious text (markup, invisible characters) fails the check too,
 * though the app still loads it and shows it as plain text, and so do records of one passage
 * whose dates disagree with no note saying why. A paragraph without its English translation is
 * a `warning:` line, and the check still passes (exit 0).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkFolder } from '../src/domain/check-folder.ts';
import { DataFileReadError, MANIFEST_FILE } from '../src/domain/load-dataset.ts';
import { formatProblem } from '../src/domain/problem.ts';

const target = path.resolve(process.argv[2] ?? 'public/data');
/** Warnings printed one a line before the rest are only counted. */
const MAX_GAP_LINES = 50;
const single = await isDataFile(target);
const dir = single || path.basename(target) === MANIFEST_FILE ? path.dirname(target) : target;
/**
 * The name the made-up manifest lists the single file under: its own, unless a browser renamed
 * it past what a manifest accepts (`export (1).json`).
 */
const singleName = /^[\w.-]+\.json$/.test(path.basename(target))
  ? path.basename(target)
  : 'export.json';

/** A path to a .json file other than a manifest: one bundle, checked on its own. */
async function isDataFile(file: string): Promise<boolean> {
  if (path.basename(file) === MANIFEST_FILE) return false;
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const where = single ? target : dir;
  const result = await checkFolder(async (file) => {
    if (single && file === MANIFEST_FILE) {
      return JSON.stringify({ format: 'dossier/1', title: singleName, files: [singleName] });
    }
    try {
      return await readFile(single ? target : path.join(dir, file), 'utf8');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      throw new DataFileReadError(file, code === 'ENOENT' ? 'no such file' : code);
    }
  });
  if (result.ok) {
    // Gaps (a paragraph not yet translated) are said, and the folder still passes: a source
    // just imported is shared before anyone has translated it.
    // A synthetic corpus has thousands: the first ones say what is missing, a count the rest.
    const shown = result.gaps.slice(0, MAX_GAP_LINES);
    for (const gap of shown) console.error(`warning: ${formatProblem(gap)}`);
    if (result.gaps.length > shown.length)
      console.error(`warning: … and ${result.gaps.length - shown.length} more of the same kind`);
    const gaps = result.gaps.length > 0 ? ` (${result.gaps.length} warning(s), see above)` : '';
    console.log(`${where}: OK, ${result.sources} sources and ${result.records} records${gaps}`);
    return 0;
  }
  if (result.kind === 'warnings') {
    // The app loads such a folder (the text inert, both dates shown); a folder under review does not pass.
    for (const warning of result.problems) console.error(`warning: ${formatProblem(warning)}`);
    console.error(`${where}: ${result.problems.length} warning(s)`);
    return 1;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`${where}: ${result.problems.length} problem(s)`);
  return 1;
}

process.exitCode = await main();
