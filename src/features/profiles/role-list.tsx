import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { vocabulary } from '../../domain/messages.ts';
import type { Position } from '../../domain/records.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { DateSpan } from './date-span.tsx';
import { EntityLink } from './entity-link.tsx';
import { LocalizedText } from './localized-text.tsx';
import { profileMessages } from './messages.ts';
import { OrgPathLinks } from './org-path-links.tsx';
import { RecordMeta } from './record-meta.tsx';

interface RoleListProps {
  roles: readonly Position[];
  index: DatasetIndex;
  /** On a company page: who holds each post, or that the sources do not name them. */
  showHolder: boolean;
}

function Holder({ position, index }: { position: Position; index: DatasetIndex }) {
  const m = useMessages(profileMessages);
  const person = position.person === null ? undefined : index.people.get(position.person);
  if (!person) return <span className="muted">{m.holderNotNamed}</span>;
  return <EntityLink entity={{ kind: 'person', id: person.id, label: person.name }} />;
}

/** The posts a role reports to: title, holder (or not named) and where. */
function ReportsTo({ position, index }: { position: Position; index: DatasetIndex }) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  const targets = position.reportsTo.flatMap((id) => {
    const entry = index.byId.get(id);
    return entry?.type === 'position' ? [entry.record] : [];
  });
  if (targets.length === 0) return null;
  return (
    <p className="profile-item__line">
      {m.reportsTo}
      {targets.map((target, i) => (
        <span key={target.id}>
          {i > 0 && '; '}
          {m.reportsToPost(target.title?.[locale] ?? null)} —{' '}
          <Holder position={target} index={index} /> (
          <OrgPathLinks index={index} id={target.organization} />)
        </span>
      ))}
    </p>
  );
}

/** Roles or posts, each with its title in both languages, where, when and whom it reports to. */
export function RoleList({ roles, index, showHolder }: RoleListProps) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <ul className="profile-list">
      {roles.map((position) => (
        <li key={position.id} className="profile-item">
          <h3 className="profile-item__title">
            {position.title ? (
              <LocalizedText text={position.title} />
            ) : (
              <span className="muted">{m.roleNotStated}</span>
            )}
            {showHolder && (
              <>
                {' — '}
                <Holder position={position} index={index} />
              </>
            )}
          </h3>
          <p className="profile-item__line">
            {(position.current || position.currentBasis.certainty === 'inferred') && (
              <span className={`badge badge--current badge--${position.currentBasis.certainty}`}>
                {vocabulary[locale].currentClaim(position.current, position.currentBasis.certainty)}
              </span>
            )}{' '}
            <OrgPathLinks index={index} id={position.organization} /> ·{' '}
            <DateSpan start={position.start} end={position.end} current={position.current} />
          </p>
          <ReportsTo position={position} index={index} />
          <p className="profile-item__text">{position.description[locale]}</p>
          <RecordMeta entry={{ type: 'position', record: position }} index={index} />
        </li>
      ))}
    </ul>
  );
}
