import { Fragment } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Project } from '../../domain/records.ts';
import { innermostOrganizations, statusInWords } from '../../domain/profiles/career.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { DateSpan } from './date-span.tsx';
import { LocalizedText } from './localized-text.tsx';
import { OrgPathLinks } from './org-path-links.tsx';
import { RecordMeta } from './record-meta.tsx';

export interface ProjectListItem {
  project: Project;
  /** The person's part in it, on a person's page. */
  role?: 'owner' | 'contributor' | 'quoted';
}

/** Projects with their status in words, dates, organizations and what they are part of. */
export function ProjectList({
  items,
  index,
}: {
  items: readonly ProjectListItem[];
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <ul className="profile-list profile-list--grid profile-list--wide">
      {items.map(({ project, role }) => {
        const parent = project.partOf === null ? undefined : index.byId.get(project.partOf);
        return (
          <li key={project.id} className="profile-item">
            <h3 className="profile-item__title">
              <LocalizedText text={project.name} />
            </h3>
            <p className="profile-item__line">
              {role && <span className="badge badge--role">{m.projectRole(role)}</span>}{' '}
              <span className="status">
                {m.status}
                {statusInWords(project.status, project.statusBasis.certainty, locale)}
              </span>{' '}
              · <DateSpan start={project.start} end={project.end} current={false} />
            </p>
            <p className="profile-item__line">
              {innermostOrganizations(index, project.organizations).map((id, i) => (
                <Fragment key={id}>
                  {i > 0 && ', '}
                  <OrgPathLinks index={index} id={id} />
                </Fragment>
              ))}
              {parent?.type === 'project' && m.partOfProject(parent.record.name[locale])}
            </p>
            <p className="profile-item__text">{project.description[locale]}</p>
            <RecordMeta entry={{ type: 'project', record: project }} index={index} />
          </li>
        );
      })}
    </ul>
  );
}
