import { BUILT_IN_DATA } from './dataset-query.ts';

/** Why a `?data=` value was refused; shown on the error screen. */
export class DataPathRefusedError extends Error {
  readonly value: string;
  constructor(value: string) {
    super(
      `The data folder “${value}” is refused: only a path on this site is allowed, such as /bench-data/c1000/ (no other host, no “..”).`,
    );
    this.name = 'DataPathRefusedError';
    this.value = value;
  }
}

const sameOriginPath = /^\/(?!\/)[A-Za-z0-9._~\-/]*$/;

/**
 * The folder to load: the built-in one, or `?data=` when it is a plain path on this origin.
 * Anything that could reach another origin (`//host`, `https:`, backslashes) or climb out of
 * the site (`..`) is refused rather than fetched.
 */
export function dataBaseOf(data: string | undefined): string {
  if (data === undefined || data === '') return BUILT_IN_DATA;
  if (!sameOriginPath.test(data) || data.split('/').includes('..'))
    throw new DataPathRefusedError(data);
  return data.endsWith('/') ? data : `${data}/`;
}
