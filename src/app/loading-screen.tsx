import { useSearch } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useLocale } from '../i18n/use-locale.ts';
import type { LoadProgress } from '../lib/dataset-load-protocol.ts';
import { dataBaseOf } from '../lib/data-source.ts';
import { useLoadProgress } from '../lib/load-progress.ts';
import { shellMessages } from './messages.ts';

/** After this long, a line says which part of the loading is slow. */
const SLOW_AFTER_MS = 10_000;

function useFolderBase(): string | null {
  const { data } = useSearch({ strict: false });
  try {
    return dataBaseOf(typeof data === 'string' ? data : undefined);
  } catch {
    return null;
  }
}

/** Bar position: each file counts once fetched and once checked; linking fills it. */
function barOf(progress: LoadProgress | null): { value: number; max: number } {
  if (progress === null || progress.files === 0) return { value: 0, max: 1 };
  if (progress.stage === 'linking' || progress.stage === 'cached') return { value: 1, max: 1 };
  return { value: progress.filesFetched + progress.filesChecked, max: progress.files * 2 };
}

function detailOf(
  progress: LoadProgress | null,
  m: (typeof shellMessages)[keyof typeof shellMessages],
  n: (value: number) => string,
): string {
  if (progress === null || progress.files === 0) return m.loading;
  switch (progress.stage) {
    case 'fetching':
      return m.loadFetching(n(progress.filesFetched), n(progress.files));
    case 'checking':
      return m.loadChecking(n(progress.records), n(progress.filesChecked), n(progress.files));
    case 'linking':
      return m.loadLinking(n(progress.records));
    case 'cached':
      return m.loadCached;
  }
}

/**
 * The view's place while the data loads (in the layout: the header and navigation stay usable):
 * a determinate bar of files fetched then records checked, a polite status line that changes
 * only with the stage or by tenths (not with every file), and after ten seconds what is slow.
 */
export function LoadingScreen() {
  const { locale } = useLocale();
  const m = shellMessages[locale];
  const progress = useLoadProgress(useFolderBase());
  const labelId = useId();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  const n = (value: number) => formatNumber(value, locale);
  const { value, max } = barOf(progress);
  const detail = detailOf(progress, m, n);
  // The announcement changes with the stage and by tenths: a screen reader hears about ten
  // steps, not one per file.
  const step = `${progress?.stage ?? 'waiting'} ${Math.floor((value / max) * 10)}`;
  const [announced, setAnnounced] = useState({ step, text: detail });
  if (announced.step !== step) setAnnounced({ step, text: detail });
  const slowLine = {
    waiting: m.loadSlowWaiting,
    fetching: m.loadSlowFetching,
    checking: m.loadSlowChecking,
    linking: m.loadSlowLinking,
    cached: m.loadSlowCached,
  }[progress?.stage ?? 'waiting'];

  return (
    <div className="loading">
      <p id={labelId} className="loading__label">
        {m.loadBar}
      </p>
      <progress className="loading__bar" aria-labelledby={labelId} value={value} max={max} />
      <p className="loading__detail" aria-hidden="true">
        {detail}
      </p>
      <p role="status" className="visually-hidden">
        {announced.text}
      </p>
      {slow && (
        <p className="loading__slow" role="status">
          {slowLine}
        </p>
      )}
    </div>
  );
}
