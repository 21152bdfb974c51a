import { useMemo } from 'react';
import { buildBrief } from '../../domain/briefing/brief.ts';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import { StaleSourcesBanner } from '../../components/stale-sources-banner.tsx';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useToday } from '../../lib/today.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { AppendixDocument } from './appendix-document.tsx';
import { BriefingNotes } from './briefing-notes.tsx';
import { BriefingPicker } from './briefing-picker.tsx';
import { MeetingPage } from './meeting-page.tsx';
import { briefingMessages } from './messages.ts';
import { PrintFooter } from './print-footer.tsx';
import './briefing.css';
import { useShownRecords } from '../../lib/shown-records.tsx';

/**
 * `/briefing?person=…&company=…`: one brief for one meeting — the meeting page, one appendix
 * per attendee, the notes — or, with nobody chosen, the picker.
 */
export function BriefingPage() {
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { locale } = useLocale();
  const today = useToday();
  const m = useMessages(briefingMessages);
  const brief = useMemo(
    () =>
      buildBrief(
        index,
        [
          ...filter.people.map((p) => ({ kind: 'person' as const, id: p.id })),
          ...filter.organizations.map((o) => ({ kind: 'company' as const, id: o.id })),
        ],
        locale,
        today,
      ),
    [index, filter.people, filter.organizations, locale, today],
  );

  const shown = useMemo(() => ({ shownIds: brief?.shownIds ?? [] }), [brief]);
  useShownRecords('briefing', shown);

  if (!brief) return <BriefingPicker index={index} />;

  const notes = new Map(brief.notes.map((n) => [n.n, n]));
  const present = Math.max(...index.dataset.sources.map((s) => boundsOf(s.published).end));
  const quoted = new Set(
    [...brief.page.talkingPoints, ...brief.appendices.flatMap((a) => a.quotes)].map(
      (q) => q.original,
    ),
  );
  const onPageOne = new Set(brief.page.talkingPoints.map((q) => q.id));
  const banner = <StaleSourcesBanner index={index} subjects={brief.attendees} />;
  return (
    <section className="briefing-page" aria-labelledby="briefing-heading">
      <PrintFooter />
      <header className="page-header briefing-page__header">
        <h1 id="briefing-heading">{m.heading(brief.attendees.map((a) => a.name).join(', '))}</h1>
        <button type="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </header>
      <MeetingPage brief={brief} notes={notes} banner={banner} />
      {brief.appendices.map((appendix) => (
        <AppendixDocument
          key={`${appendix.kind}-${appendix.id}`}
          // A quote printed in full on page 1 is not printed again.
          appendix={{
            ...appendix,
            quotes: appendix.quotes.filter((q) => !onPageOne.has(q.id)),
          }}
          notes={notes}
          present={present}
        />
      ))}
      <BriefingNotes notes={brief.notes} quoted={quoted} index={index} id="brief-notes" />
    </section>
  );
}
