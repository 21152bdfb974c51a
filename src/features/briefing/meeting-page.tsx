import type { Brief } from '../../domain/briefing/brief.ts';
import type { Endnote } from '../../domain/briefing/citations.ts';
import type { AttendeeLines } from '../../domain/briefing/meeting.ts';
import { yearSpanText } from '../../domain/briefing/staleness.ts';
import { formatDay } from '../../i18n/format.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { BriefingSection, LineList } from './briefing-section.tsx';
import { briefingMessages } from './messages.ts';
import { QuoteList } from './quote-list.tsx';
import type { ReactNode } from 'react';
import { DraftsIncludedNote } from '../../components/drafts-included-note.tsx';

/** Each attendee's lines under their name, side by side when there are several. */
function ByAttendee({
  entries,
  notes,
}: {
  entries: readonly AttendeeLines[];
  notes: ReadonlyMap<number, Endnote>;
}) {
  return (
    <div className="meeting__columns">
      {entries.map((entry) => (
        <div key={entry.id}>
          <h4>{entry.name}</h4>
          <LineList lines={entry.lines} notes={notes} />
        </div>
      ))}
    </div>
  );
}

/**
 * Page 1: the meeting on one A4 page — who is coming, what to know, what links them, what to
 * bring up and what to check — every sentence numbered into the brief's endnotes.
 */
export function MeetingPage({
  brief,
  notes,
  banner,
}: {
  brief: Brief;
  notes: ReadonlyMap<number, Endnote>;
  banner: ReactNode;
}) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const { page } = brief;
  const names = brief.attendees.map((a) => a.name).join(' · ');
  return (
    <article className="briefing meeting" aria-labelledby="meeting-title">
      <header className="briefing__header">
        <p className="eyebrow">{m.meetingEyebrow(brief.attendees.length)}</p>
        <h2 id="meeting-title">{names}</h2>
        <p className="briefing__meta">
          {m.printedOn(formatDay(brief.today, locale))}
          {brief.span && ` · ${m.sourcesFrom(yearSpanText(brief.span))}`} ·{' '}
          {m.citedPassages(String(brief.notes.length))}
        </p>
        <DraftsIncludedNote />
      </header>
      {banner}
      <BriefingSection id="meeting-who" title={m.who}>
        <ByAttendee entries={page.who} notes={notes} />
      </BriefingSection>
      <BriefingSection id="meeting-know" title={m.whatToKnow}>
        <ByAttendee entries={page.whatToKnow} notes={notes} />
      </BriefingSection>
      {brief.attendees.length > 1 && (
        <BriefingSection id="meeting-between" title={m.between}>
          {page.between.length > 0 ? (
            <LineList lines={page.between} notes={notes} />
          ) : (
            <p>{m.noLink}</p>
          )}
        </BriefingSection>
      )}
      {page.talkingPoints.length > 0 && (
        <BriefingSection id="meeting-talking-points" title={m.talkingPoints}>
          <QuoteList quotes={page.talkingPoints} notes={notes} compact />
        </BriefingSection>
      )}
      {page.toVerify.length > 0 && (
        <BriefingSection id="meeting-verify" title={m.toVerify}>
          <LineList lines={page.toVerify} notes={notes} />
        </BriefingSection>
      )}
    </article>
  );
}
