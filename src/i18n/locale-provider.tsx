import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLocale, storeLocale, type Locale } from './locale.ts';
import { LocaleContext } from './locale-context.ts';

/** Holds the interface language: remembered across visits and mirrored in `<html lang>`. */
export function LocaleProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        storeLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <LocaleContext value={value}>{children}</LocaleContext>;
}
