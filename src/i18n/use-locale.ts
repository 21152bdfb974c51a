import { use } from 'react';
import type { Catalog } from './define-messages.ts';
import { LocaleContext, type LocaleState } from './locale-context.ts';

export function useLocale(): LocaleState {
  return use(LocaleContext);
}

/** A catalog's messages in the interface language. */
export function useMessages<T>(catalog: Catalog<T>): T {
  return catalog[useLocale().locale];
}
