import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { briefingMessages } from './messages.ts';

const collator = new Intl.Collator('fr');

/**
 * Choose who comes to the meeting: each person and company with who they are in a line, to
 * tick for one brief, or to open alone.
 */
export function BriefingPicker({ index }: { index: DatasetIndex }) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const navigate = useNavigate();
  const [people, setPeople] = useState<string[]>([]);
  const [companies, setCompanies] = useState<string[]>([]);
  const [empty, setEmpty] = useState(false);
  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (people.length + companies.length === 0) {
      setEmpty(true);
      return;
    }
    void navigate({
      to: '/briefing',
      search: {
        ...(people.length > 0 ? { person: people } : {}),
        ...(companies.length > 0 ? { company: companies } : {}),
      },
    });
  };
  const sortedPeople = [...index.dataset.people].sort((a, b) => collator.compare(a.name, b.name));
  const sortedCompanies = index.dataset.organizations
    .filter((o) => o.parent === null && o.kind !== 'media')
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <form className="briefing-picker" onSubmit={submit}>
      <header className="page-header">
        <h1>{m.title}</h1>
        <p>{m.pickerIntro}</p>
      </header>
      <fieldset>
        <legend>{m.people}</legend>
        <ul>
          {sortedPeople.map((person) => (
            <li key={person.id}>
              <input
                type="checkbox"
                id={`pick-${person.id}`}
                checked={people.includes(person.id)}
                onChange={() => setPeople(toggle(people, person.id))}
              />{' '}
              <label htmlFor={`pick-${person.id}`}>{person.name}</label>
              <span className="briefing-picker__who">{person.summary[locale]}</span>
              <Link to="/briefing" search={{ person: [person.id] }}>
                {m.alone(person.name)}
              </Link>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{m.companies}</legend>
        <ul className="briefing-picker__companies">
          {sortedCompanies.map((company) => (
            <li key={company.id}>
              <input
                type="checkbox"
                id={`pick-${company.id}`}
                checked={companies.includes(company.id)}
                onChange={() => setCompanies(toggle(companies, company.id))}
              />{' '}
              <label htmlFor={`pick-${company.id}`}>{company.name}</label>{' '}
              <Link to="/briefing" search={{ company: [company.id] }}>
                {m.alone(company.name)}
              </Link>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <button type="submit">{m.pickerBuild}</button>{' '}
        {empty && <span role="alert">{m.pickerNone}</span>}
      </p>
    </form>
  );
}
