import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Organization } from '../../domain/records.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { EntityLink } from './entity-link.tsx';

const collator = new Intl.Collator('fr');

function UnitNode({ organization, index }: { organization: Organization; index: DatasetIndex }) {
  const { locale } = useLocale();
  const children = [...(index.childrenOf.get(organization.id) ?? [])].sort((a, b) =>
    collator.compare(a.name, b.name),
  );
  return (
    <li>
      <EntityLink
        entity={{ kind: 'organization', id: organization.id, label: organization.name }}
      />{' '}
      <span className="badge badge--kind">
        {vocabulary[locale].organizationKind(organization.kind)}
      </span>
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <UnitNode key={child.id} organization={child} index={index} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Organizations with their units nested below them, each a link to its page. */
export function UnitTree({
  roots,
  index,
  label,
}: {
  roots: readonly Organization[];
  index: DatasetIndex;
  label: string;
}) {
  return (
    <ul className="unit-tree" aria-label={label}>
      {[...roots]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((organization) => (
          <UnitNode key={organization.id} organization={organization} index={index} />
        ))}
    </ul>
  );
}
