import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { EditRecordButton } from '../../components/edit-record-button.tsx';
import { vocabulary } from '../../domain/messages.ts';
import { ancestryOf } from '../../domain/profiles/career.ts';
import type { Organization } from '../../domain/records.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { BilingualParagraphs } from './localized-text.tsx';
import { profileMessages } from './messages.ts';
import { OrgPathLinks } from './org-path-links.tsx';
import { RecordMeta } from './record-meta.tsx';

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
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  const kind = vocabulary[locale].organizationKind(organization.kind);
  // The path shown starts at the company: that is the name « de » meets.
  const pathStart =
    organization.parent === null ? undefined : ancestryOf(index, organization.parent)[0];
  return (
    <header className="page-header profile-header">
      <p className="eyebrow">{kind.charAt(0).toLocaleUpperCase(locale) + kind.slice(1)}</p>
      <h1 id="profile-title">{organization.name}</h1>
      <EditRecordButton id={organization.id} describedBy="profile-title" />
      {organization.parent !== null && (
        <p className="part-of">
          {m.partOf(pathStart ?? { name: '' })}
          <OrgPathLinks index={index} id={organization.parent} />
        </p>
      )}
      {organization.aliases.length > 0 && (
        <p className="aliases">
          {m.alsoCalled}
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
          <BilingualParagraphs text={organization.description} />
          <RecordMeta entry={{ type: 'organization', record: organization }} index={index} />
        </>
      ) : (
        <p className="muted">{m.descriptionHidden}</p>
      )}
    </header>
  );
}
