import { DataFileReadError } from '../domain/data-file-read-error.ts';

/** One data file as read over HTTP: its text and what the server says identifies its content. */
export interface FetchedDataFile {
  text: string;
  /** The `ETag`, else the `Last-Modified` date, else `null` (then only a hash tells a change). */
  validator: string | null;
  /** The `ETag` as sent: what the edit server compares before overwriting the file. */
  etag: string | null;
}

/** The response's own word for its content version, strong or weak. */
export function validatorOf(headers: Headers): string | null {
  const etag = headers.get('etag');
  if (etag) return `etag ${etag}`;
  const modified = headers.get('last-modified');
  return modified ? `last-modified ${modified}` : null;
}

/** The ETag a validator carries, as sent; `null` for a `Last-Modified` one. */
export function etagOf(validator: string): string | null {
  return validator.startsWith('etag ') ? validator.slice('etag '.length) : null;
}

/**
 * Reads `file` of the folder at `base` (a URL ending in `/`), rejecting with
 * `DataFileReadError` for a network failure, an HTTP error or an HTML page served in its place.
 */
export async function fetchDataFile(
  base: string,
  file: string,
  fetchFn: typeof fetch = fetch,
): Promise<FetchedDataFile> {
  let response: Response;
  try {
    response = await fetchFn(`${base}${file}`);
  } catch (error) {
    throw new DataFileReadError(
      file,
      `network error${error instanceof Error ? ` (${error.message})` : ''}`,
    );
  }
  if (!response.ok) throw new DataFileReadError(file, `HTTP ${response.status}`);
  // A static server answering a missing file with the app's index.html is still a missing file.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new DataFileReadError(file, 'the server answered with an HTML page, not the file');
  }
  return {
    text: await response.text(),
    validator: validatorOf(response.headers),
    etag: response.headers.get('etag'),
  };
}

/** The file's validator from a `HEAD` request, without its body; `null` when there is none. */
export async function headValidator(
  base: string,
  file: string,
  fetchFn: typeof fetch = fetch,
): Promise<string | null> {
  try {
    const response = await fetchFn(`${base}${file}`, { method: 'HEAD' });
    if (!response.ok) return null;
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return null;
    return validatorOf(response.headers);
  } catch {
    return null;
  }
}
