import { Fragment } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { ancestryOf } from '../../domain/profiles/career.ts';
import { EntityLink } from './entity-link.tsx';

/** "Renault › Digital Factory", each name linking to its own page. */
export function OrgPathLinks({ index, id }: { index: DatasetIndex; id: string }) {
  const chain = ancestryOf(index, id);
  if (chain.length === 0) return <span>{id}</span>;
  return (
    <span className="org-path">
      {chain.map((organization, i) => (
        <Fragment key={organization.id}>
          {i > 0 && ' › '}
          <EntityLink
            entity={{ kind: 'organization', id: organization.id, label: organization.name }}
          />
        </Fragment>
      ))}
    </span>
  );
}
