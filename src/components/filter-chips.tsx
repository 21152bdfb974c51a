import type { DatasetIndex } from '../domain/dataset-index.ts';
import { organizationPath } from '../domain/organization-path.ts';
import type { Organization, Person } from '../domain/records.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';

interface FilterChipsProps {
  index: DatasetIndex;
  people: readonly Person[];
  organizations: readonly Organization[];
  onRemovePerson: (id: string) => void;
  onRemoveCompany: (id: string) => void;
  onClear: () => void;
}

/** The applied people and companies, each removable; a button that clears them all. */
export function FilterChips({
  index,
  people,
  organizations,
  onRemovePerson,
  onRemoveCompany,
  onClear,
}: FilterChipsProps) {
  const m = useMessages(componentMessages);
  if (people.length === 0 && organizations.length === 0) return null;
  return (
    <ul className="chips" aria-label={m.appliedFilters}>
      {people.map((person) => (
        <li key={person.id}>
          <span className="chip">
            {m.personChip(person.name)}
            <button
              type="button"
              aria-label={m.removeFilter(person.name)}
              onClick={() => onRemovePerson(person.id)}
            >
              ×
            </button>
          </span>
        </li>
      ))}
      {organizations.map((organization) => (
        <li key={organization.id}>
          <span className="chip">
            {m.companyChip(organizationPath(index, organization.id))}
            <button
              type="button"
              aria-label={m.removeFilter(organization.name)}
              onClick={() => onRemoveCompany(organization.id)}
            >
              ×
            </button>
          </span>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={onClear}>
          {m.clearFilters}
        </button>
      </li>
    </ul>
  );
}
