import { useSyncExternalStore } from 'react';
import type { LoadProgress } from './dataset-load-protocol.ts';

/** What the loading worker last said about each folder being loaded, for the loading screen. */
const progressByBase = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

export function reportLoadProgress(base: string, progress: LoadProgress | null): void {
  if (progress === null) progressByBase.delete(base);
  else progressByBase.set(base, progress);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The progress of loading `base`, or `null` before the worker has said anything. */
export function useLoadProgress(base: string | null): LoadProgress | null {
  return useSyncExternalStore(subscribe, () =>
    base === null ? null : (progressByBase.get(base) ?? null),
  );
}
