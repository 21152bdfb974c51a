/**
 * `[object Map]`, `[object Int32Array]`…: what a value is, also when it was cloned in another
 * realm (a worker's message, IndexedDB, a test's DOM), where `instanceof` says no.
 */
export function tagOf(value: unknown): string {
  return Object.prototype.toString.call(value);
}
