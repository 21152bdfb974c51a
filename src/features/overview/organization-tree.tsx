import { memo } from 'react';
import { Link } from '@tanstack/react-router';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Organization } from '../../domain/records.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { overviewMessages } from './messages.ts';

const collator = new Intl.Collator('fr');

function byName(a: Organization, b: Organization): number {
  return collator.compare(a.name, b.name);
}

function OrganizationNode({
  organization,
  index,
}: {
  organization: Organization;
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  const children = [...(index.childrenOf.get(organization.id) ?? [])].sort(byName);
  return (
    <li>
      <Link to="/companies/$companyId" params={{ companyId: organization.id }} className="org-name">
        {organization.name}
      </Link>{' '}
      <span className="badge badge--kind">
        {vocabulary[locale].organizationKind(organization.kind)}
      </span>
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <OrganizationNode key={child.id} organization={child} index={index} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Companies with their units nested under them, alphabetically. */
/** Depends on the dataset only: a filter change does not re-render it. */
export const OrganizationTree = memo(function OrganizationTree({
  index,
  limit,
}: {
  index: DatasetIndex;
  limit: number;
}) {
  const t = useMessages(overviewMessages);
  const roots = index.dataset.organizations.filter((o) => o.parent === null).sort(byName);
  return (
    <>
      <ul className="org-tree">
        {roots.slice(0, limit).map((organization) => (
          <OrganizationNode key={organization.id} organization={organization} index={index} />
        ))}
      </ul>
      {roots.length > limit && <p className="hint">{t.moreCompanies(roots.length - limit)}</p>}
    </>
  );
});
