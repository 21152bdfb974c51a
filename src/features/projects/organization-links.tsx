import { Link } from '@tanstack/react-router';
import type { OrganizationRef } from './project-rows.ts';

/** Each organization links to its page; a unit reads "Renault › Digital Factory". */
export function OrganizationLinks({
  organizations,
}: {
  organizations: readonly OrganizationRef[];
}) {
  return (
    <ul className="inline-list">
      {organizations.map((organization) => (
        <li key={organization.id}>
          <Link to="/companies/$companyId" params={{ companyId: organization.id }}>
            {organization.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
