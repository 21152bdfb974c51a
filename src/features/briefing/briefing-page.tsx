import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { BriefingDocument } from './briefing-document.tsx';
import { companyBriefing, personBriefing, type Briefing } from './briefing-model.ts';
import './briefing.css';
import { useShownRecords } from '../export/shown-records.tsx';
import { briefingRecordIds } from '../export/shown-ids.ts';

const collator = new Intl.Collator('fr');

export function BriefingPage() {
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { locale } = useLocale();
  const briefings = useMemo(
    () =>
      [
        ...filter.people.map((p) => personBriefing(index, p.id, locale)),
        ...filter.organizations.map((o) => companyBriefing(index, o.id, locale)),
      ].filter((b): b is Briefing => b !== null),
    [index, filter.people, filter.organizations, locale],
  );

  useShownRecords('briefing', () => briefingRecordIds(index, filter));

  if (briefings.length === 0) {
    const companies = index.dataset.organizations
      .filter((o) => o.parent === null && o.kind !== 'media')
      .sort((a, b) => collator.compare(a.name, b.name));
    return (
      <div className="briefing-picker">
        <header className="page-header">
          <h1>Briefing</h1>
          <p>
            A printable page on one person or company, every statement numbered against its passage.
            Choose a subject:
          </p>
        </header>
        <section aria-labelledby="pick-people">
          <h2 id="pick-people">People</h2>
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
          <h2 id="pick-companies">Companies</h2>
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
      <header className="page-header briefing-page__header">
        <h1>Briefing: {briefings.map((b) => b.name).join(', ')}</h1>
        <button type="button" onClick={() => window.print()}>
          Print
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
