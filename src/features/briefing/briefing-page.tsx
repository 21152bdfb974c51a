import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { BriefingDocument } from './briefing-document.tsx';
import { companyBriefing, personBriefing, type Briefing } from './briefing-model.ts';
import { briefingMessages } from './messages.ts';
import { PrintFooter } from './print-footer.tsx';
import './briefing.css';
import { useShownRecords } from '../../lib/shown-records.tsx';

const collator = new Intl.Collator('fr');

export function BriefingPage() {
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const briefings = useMemo(
    () =>
      [
        ...filter.people.map((p) => personBriefing(index, p.id, locale)),
        ...filter.organizations.map((o) => companyBriefing(index, o.id, locale)),
      ].filter((b): b is Briefing => b !== null),
    [index, filter.people, filter.organizations, locale],
  );

  const shown = useMemo(
    () => ({ shownIds: briefings.flatMap((briefing) => briefing.shownIds) }),
    [briefings],
  );
  useShownRecords('briefing', shown);

  if (briefings.length === 0) {
    const companies = index.dataset.organizations
      .filter((o) => o.parent === null && o.kind !== 'media')
      .sort((a, b) => collator.compare(a.name, b.name));
    return (
      <div className="briefing-picker">
        <header className="page-header">
          <h1>{m.title}</h1>
          <p>{m.pickerIntro}</p>
        </header>
        <section aria-labelledby="pick-people">
          <h2 id="pick-people">{m.people}</h2>
          <ul>
            {[...index.dataset.people]
              .sort((a, b) => collator.compare(a.name, b.name))
              .map((person) => (
                <li key={person.id}>
                  <Link to="/briefing" search={{ person: [person.id] }}>
                    {person.name}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
        <section aria-labelledby="pick-companies">
          <h2 id="pick-companies">{m.companies}</h2>
          <ul className="briefing-picker__companies">
            {companies.map((company) => (
              <li key={company.id}>
                <Link to="/briefing" search={{ company: [company.id] }}>
                  {company.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    );
  }

  return (
    <div className="briefing-page">
      <PrintFooter />
      <header className="page-header briefing-page__header">
        <h1>{m.heading(briefings.map((b) => b.name).join(', '))}</h1>
        <button type="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </header>
      {briefings.map((briefing) => (
        <BriefingDocument
          key={`${briefing.kind}-${briefing.id}`}
          briefing={briefing}
          index={index}
        />
      ))}
    </div>
  );
}
