import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Person, Position } from '../../domain/records.ts';
import { OrgPathLinks } from './org-path-links.tsx';
import { RecordMeta } from './record-meta.tsx';

interface PersonHeaderProps {
  person: Person;
  /** Roles still held at the time of the sources. */
  currentRoles: readonly Position[];
  /** False when the voice filter excludes the summary's voice. */
  shown: boolean;
  index: DatasetIndex;
}

/** Name, summary in English with the French beside it, and the roles held now. */
export function PersonHeader({ person, currentRoles, shown, index }: PersonHeaderProps) {
  return (
    <header className="page-header profile-header">
      <p className="eyebrow">Person</p>
      <h1>{person.name}</h1>
      {currentRoles.length > 0 && (
        <ul className="current-roles" aria-label="Current roles">
          {currentRoles.map((role) => (
            <li key={role.id}>
              {role.title ? `${role.title.en} · ` : ''}
              <OrgPathLinks index={index} id={role.organization} />
              {role.title ? '' : ' · role not stated'}
            </li>
          ))}
        </ul>
      )}
      {shown ? (
        <>
          <div className="bilingual">
            <p lang="en">{person.summary.en}</p>
            <p lang="fr" className="french">
              {person.summary.fr}
            </p>
          </div>
          <RecordMeta entry={{ type: 'person', record: person }} index={index} />
        </>
      ) : (
        <p className="muted">The summary is in another voice and hidden by the voice filter.</p>
      )}
    </header>
  );
}
