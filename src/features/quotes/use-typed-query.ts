import { useEffect, useEffectEvent, useState } from 'react';

/** How long typing may pause before the query is written to the URL, in ms. */
const URL_WRITE_DELAY_MS = 250;

interface Typed {
  /** The URL's query when last seen. */
  fromUrl: string;
  /** What the list shows: the typed query. */
  query: string;
  /** The query last sent to the URL, until the URL has it. */
  writing: string | null;
}

/**
 * The search query a view shows: what was typed, at once, while the URL (`q=`, the contract)
 * follows once typing pauses — a keystroke updates the list without waiting for the router to
 * re-render every view of the page. A URL changed for another reason (back, a link, the clear
 * button's write) is taken back; the echo of our own write is not.
 */
export function useTypedQuery(
  urlQuery: string,
  writeUrl: (query: string) => Promise<void>,
): [string, (query: string) => void] {
  const [typed, setTyped] = useState<Typed>({ fromUrl: urlQuery, query: urlQuery, writing: null });
  let current = typed;
  if (typed.fromUrl !== urlQuery) {
    const ours = urlQuery === typed.writing;
    current = { fromUrl: urlQuery, query: ours ? typed.query : urlQuery, writing: null };
    setTyped(current);
  }
  const { query, fromUrl } = current;
  const write = useEffectEvent((next: string) => {
    setTyped((prev) => ({ ...prev, writing: next }));
    void writeUrl(next);
  });
  useEffect(() => {
    if (query === fromUrl) return;
    const timer = setTimeout(() => write(query), URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, fromUrl]);
  const setQuery = (next: string) => setTyped((prev) => ({ ...prev, query: next }));
  return [query, setQuery];
}
