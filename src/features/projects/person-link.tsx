import { Link } from '@tanstack/react-router';
import type { Person } from '../../domain/records.ts';

export function PersonLink({ person }: { person: Person }) {
  return (
    <Link to="/people/$personId" params={{ personId: person.id }}>
      {person.name}
    </Link>
  );
}
