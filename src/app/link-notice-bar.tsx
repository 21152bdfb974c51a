import { useRouteContext } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import type { LinkNotice } from '../lib/link-notices.ts';

/** Past this many, a link is junk rather than a typo: the rest are counted, not listed. */
const MAX_LISTED = 6;

function NoticeText({ notice }: { notice: LinkNotice }) {
  if (notice.kind === 'unknown') {
    return (
      <>
        unknown parameter <code>{notice.param}</code>
      </>
    );
  }
  return (
    <>
      <code>{notice.param}</code> (
      {notice.value !== null && (
        <>
          {/* Isolated, so a right-to-left value cannot reorder the sentence around it. */}
          <bdi>“{notice.value}”</bdi>{' '}
          {notice.length !== null && `(${notice.length.toLocaleString('en')} characters) `}
        </>
      )}
      {notice.problem})
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
  if (notices.length === 0) return null;
  const listed = notices.slice(0, MAX_LISTED);
  return (
    <div className="link-notices">
      <div role="status" aria-label="Link notices">
        <p>Ignored from the link:</p>
        <ul>
          {listed.map((notice) => (
            <li key={JSON.stringify(notice)}>
              <NoticeText notice={notice} />
            </li>
          ))}
          {notices.length > listed.length && <li>and {notices.length - listed.length} more</li>}
        </ul>
      </div>
      <button type="button" className="link-button" onClick={linkNotices.dismiss}>
        Dismiss
      </button>
    </div>
  );
}
