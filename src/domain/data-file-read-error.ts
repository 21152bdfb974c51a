/** A failure to read a file (missing, HTTP error, network down), as opposed to bad content. */
export class DataFileReadError extends Error {
  readonly file: string;
  /** Why, without the file name: `HTTP 404`, `no such file`, `network error`. */
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file} could not be read: ${reason}`);
    this.name = 'DataFileReadError';
    this.file = file;
    this.reason = reason;
  }
}
