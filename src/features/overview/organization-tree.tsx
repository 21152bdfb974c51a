import { memo, useMemo } from 'react';
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

/**
 * The organizations that pass the filter, each under its nearest ancestor that passes too, so
 * the list holds exactly what the count tile counts.
 */
function shownTree(
  index: DatasetIndex,
  includes: (organization: Organization) => boolean,
): { roots: Organization[]; childrenOf: Map<string, Organization[]> } {
  const roots: Organization[] = [];
  const childrenOf = new Map<string, Organization[]>();
  for (const organization of index.dataset.organizations) {
    if (!includes(organization)) continue;
    let parent =
      organization.parent === null ? undefined : index.organizations.get(organization.parent);
    while (parent && !includes(parent)) {
      parent = parent.parent === null ? undefined : index.organizations.get(parent.parent);
    }
    if (!parent) roots.push(organization);
    else childrenOf.set(parent.id, [...(childrenOf.get(parent.id) ?? []), organization]);
  }
  roots.sort(byName);
  for (const children of childrenOf.values()) children.sort(byName);
  return { roots, childrenOf };
}

function OrganizationNode({
  organization,
  childrenOf,
}: {
  organization: Organization;
  childrenOf: ReadonlyMap<string, Organization[]>;
}) {
  const { locale } = useLocale();
  const children = childrenOf.get(organization.id) ?? [];
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
            <OrganizationNode key={child.id} organization={child} childrenOf={childrenOf} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The companies that pass the filter, with their units nested under them, alphabetically. */
export const OrganizationTree = memo(function OrganizationTree({
  index,
  includes,
  limit,
}: {
  index: DatasetIndex;
  includes: (organization: Organization) => boolean;
  limit: number;
}) {
  const t = useMessages(overviewMessages);
  const { roots, childrenOf } = useMemo(() => shownTree(index, includes), [index, includes]);
  return (
    <>
      <ul className="org-tree">
        {roots.slice(0, limit).map((organization) => (
          <OrganizationNode
            key={organization.id}
            organization={organization}
            childrenOf={childrenOf}
          />
        ))}
      </ul>
      {roots.length > limit && <p className="hint">{t.moreCompanies(roots.length - limit)}</p>}
    </>
  );
});
