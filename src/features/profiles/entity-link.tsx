import { Link } from '@tanstack/react-router';
import { filterOf } from '../../domain/filter.ts';
import type { EntityRef } from '../../domain/profiles/profile-relations.ts';

/** A person's or organization's name linking to its profile; the URL filter comes along. */
export function EntityLink({ entity }: { entity: EntityRef }) {
  return entity.kind === 'person' ? (
    <Link to="/people/$personId" params={{ personId: entity.id }} search={filterOf}>
      {entity.label}
    </Link>
  ) : (
    <Link to="/companies/$companyId" params={{ companyId: entity.id }} search={filterOf}>
      {entity.label}
    </Link>
  );
}
