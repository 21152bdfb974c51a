import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Organization } from '../../domain/records.ts';
import { OrgPathLinks } from './org-path-links.tsx';
import { RecordMeta } from './record-meta.tsx';

const KIND_WORDS: Record<Organization['kind'], string> = {
  company: 'Company',
  subsidiary: 'Subsidiary',
  unit: 'Unit',
  directorate: 'Directorate',
  team: 'Team',
  brand: 'Brand',
  media: 'Media',
};

/** Name, kind, the company it belongs to (for a unit), other names and the description. */
export function CompanyHeader({
  organization,
  shown,
  index,
}: {
  organization: Organization;
  /** False when the voice filter excludes the description's voice. */
  shown: boolean;
  index: DatasetIndex;
}) {
  return (
    <header className="page-header profile-header">
      <p className="eyebrow">{KIND_WORDS[organization.kind]}</p>
      <h1>{organization.name}</h1>
      {organization.parent !== null && (
        <p className="part-of">
          Part of <OrgPathLinks index={index} id={organization.parent} />
        </p>
      )}
      {organization.aliases.length > 0 && (
        <p className="aliases">
          Also called{' '}
          {organization.aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 && ', '}
              <q lang="fr">{alias}</q>
            </span>
          ))}
        </p>
      )}
      {shown ? (
        <>
          <div className="bilingual">
            <p lang="en">{organization.description.en}</p>
            <p lang="fr" className="french">
              {organization.description.fr}
            </p>
          </div>
          <RecordMeta entry={{ type: 'organization', record: organization }} index={index} />
        </>
      ) : (
        <p className="muted">The description is in another voice and hidden by the voice filter.</p>
      )}
    </header>
  );
}
