import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { DateSpan } from './date-span.tsx';
import { EntityLink } from './entity-link.tsx';
import type { ProfileRelation } from '../../domain/profiles/profile-relations.ts';
import { RecordMeta } from './record-meta.tsx';

/** "worked at SFR (2000–2005)": who is linked to whom, through what, and on which record. */
export function RelationList({
  relations,
  index,
}: {
  relations: readonly ProfileRelation[];
  index: DatasetIndex;
}) {
  return (
    <ul className="profile-list profile-list--compact">
      {relations.map((relation) => {
        const dated = relation.start !== null || relation.end !== null || relation.current;
        return (
          <li key={relation.key} className="profile-item">
            <p className="relation-sentence">
              {relation.parts.map((part, i) =>
                typeof part === 'string' ? part : <EntityLink key={i} entity={part} />,
              )}
              {dated && (
                <>
                  {' '}
                  <span className="relation-dates">
                    (
                    <DateSpan
                      start={relation.start}
                      end={relation.end}
                      current={relation.current}
                    />
                    )
                  </span>
                </>
              )}
            </p>
            <RecordMeta entry={relation.basis} index={index} />
            {relation.note && <p className="profile-item__text">{relation.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
