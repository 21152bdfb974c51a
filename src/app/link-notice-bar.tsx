import { useRouteContext } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { useLocale, useMessages } from '../i18n/use-locale.ts';
import type { LinkNotice, LinkProblem } from '../lib/link-notices.ts';
import { shellMessages } from './messages.ts';

/** Past this many, a link is junk rather than a typo: the rest are counted, not listed. */
const MAX_LISTED = 6;

function problemText(problem: LinkProblem, locale: Locale): string {
  const m = shellMessages[locale];
  switch (problem.code) {
    case 'encoding':
      return m.notProperlyEncoded;
    case 'too-long':
      return m.tooLong;
    case 'repeated':
      return m.repeated(problem.count);
    case 'invalid':
      return problem.expected ? m.notExpected(problem.expected[locale]) : m.notReadable;
  }
}

function NoticeText({ notice }: { notice: LinkNotice }) {
  const { locale } = useLocale();
  const m = shellMessages[locale];
  if (notice.kind === 'unknown') {
    return (
      <>
        {m.unknownParameter} <code>{notice.param}</code>
      </>
    );
  }
  return (
    <>
      <code>{notice.param}</code> (
      {notice.value !== null && (
        <>
          {/* Isolated, so a right-to-left value cannot reorder the sentence around it. */}
          <bdi>{locale === 'fr' ? `« ${notice.value} »` : `“${notice.value}”`}</bdi>{' '}
          {notice.length !== null && `${m.characters(formatNumber(notice.length, locale))} `}
        </>
      )}
      {problemText(notice.problem, locale)})
    </>
  );
}

/**
 * Above the view, what the link asked for that was ignored, so that a mistyped or truncated
 * link explains itself instead of silently showing the defaults. Polite and dismissible.
 */
export function LinkNoticeBar() {
  const { linkNotices } = useRouteContext({ from: '__root__' });
  const notices = useSyncExternalStore(linkNotices.subscribe, linkNotices.notices);
  const m = useMessages(shellMessages);
  if (notices.length === 0) return null;
  const listed = notices.slice(0, MAX_LISTED);
  return (
    <div className="link-notices">
      <div role="status" aria-label={m.linkNotices}>
        <p>{m.ignoredFromLink}</p>
        <ul>
          {listed.map((notice) => (
            <li key={JSON.stringify(notice)}>
              <NoticeText notice={notice} />
            </li>
          ))}
          {notices.length > listed.length && <li>{m.andMore(notices.length - listed.length)}</li>}
        </ul>
      </div>
      <button type="button" className="link-button" onClick={linkNotices.dismiss}>
        {m.dismiss}
      </button>
    </div>
  );
}
