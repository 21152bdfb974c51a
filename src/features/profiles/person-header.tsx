import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { EditRecordButton } from '../../components/edit-record-button.tsx';
import { vocabulary } from '../../domain/messages.ts';
import type { Person, Position } from '../../domain/records.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { BilingualParagraphs } from './localized-text.tsx';
import { profileMessages } from './messages.ts';
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

/** Name, summary in both languages side by side, and the roles held now. */
export function PersonHeader({ person, currentRoles, shown, index }: PersonHeaderProps) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <header className="page-header profile-header">
      <p className="eyebrow">{vocabulary[locale].recordType('person')}</p>
      <h1 id="profile-title">{person.name}</h1>
      <EditRecordButton id={person.id} describedBy="profile-title" />
      {currentRoles.length > 0 && (
        <ul className="current-roles" aria-label={m.currentRoles}>
          {currentRoles.map((role) => (
            <li key={role.id}>
              {role.title ? `${role.title[locale]} · ` : ''}
              <OrgPathLinks index={index} id={role.organization} />
              {role.title ? '' : ` · ${vocabulary[locale].roleNotStated}`}
            </li>
          ))}
        </ul>
      )}
      {shown ? (
        <>
          <BilingualParagraphs text={person.summary} />
          <RecordMeta entry={{ type: 'person', record: person }} index={index} />
        </>
      ) : (
        <p className="muted">{m.summaryHidden}</p>
      )}
    </header>
  );
}
