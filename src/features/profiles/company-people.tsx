import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Position } from '../../domain/records.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { RoleList } from './role-list.tsx';

/** Posts in the organization or its units, held now and before, named holder or not. */
export function CompanyPeople({
  current,
  past,
  index,
}: {
  current: readonly Position[];
  past: readonly Position[];
  index: DatasetIndex;
}) {
  const m = useMessages(profileMessages);
  return (
    <div className="people-groups">
      {current.length > 0 && (
        <section aria-labelledby="people-current-title">
          <h3 id="people-current-title" className="group-title">
            {m.currentPosts}
          </h3>
          <RoleList roles={current} index={index} showHolder />
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="people-past-title">
          <h3 id="people-past-title" className="group-title">
            {m.pastPosts}
          </h3>
          <RoleList roles={past} index={index} showHolder />
        </section>
      )}
    </div>
  );
}
