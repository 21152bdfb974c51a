/** One thing wrong with a data folder, precise enough to fix by hand. */
export interface Problem {
  /** The data file, relative to the folder: `records/bfm-hoffstetter.json`. */
  file: string;
  /** The id of the record at fault, when there is one. */
  record: string | null;
  /** Where in the file: `positions[3].reportsTo[0]`. */
  path: string;
  /** What was expected, and what was found. */
  message: string;
}

/** `file · record · path: message`, the one-line form used by the CLI. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.record ?? '—', problem.path || '—'].join(' · ');
  return `${where}: ${problem.message}`;
}

/** Thrown when a data folder cannot be loaded as it is; carries every problem found. */
export class DatasetError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems
        .slice(0, 3)
        .map(formatProblem)
        .join('; ')}`,
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}
