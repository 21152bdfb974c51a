import { createContext } from 'react';
import type { Locale } from './locale.ts';

export interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/** English with no way to switch, for components rendered outside the app (unit tests). */
export const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} });
