import { useMessages } from '../../../i18n/use-locale.ts';
import type { FieldChange } from './planned-folder.ts';
import { draftsMessages } from './messages.ts';

/** What a draft changes, field by field: the saved value, then the drafted one. */
export function FieldChangesTable({
  changes,
  caption,
  beforeHeading,
  afterHeading,
}: {
  changes: FieldChange[];
  caption: string;
  beforeHeading?: string;
  afterHeading?: string;
}) {
  const m = useMessages(draftsMessages);
  if (changes.length === 0) return <p className="drafts-note">{m.noFieldChange}</p>;
  return (
    <table className="field-changes">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.field}</th>
          <th scope="col">{beforeHeading ?? m.before}</th>
          <th scope="col">{afterHeading ?? m.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">
              <code>{change.field}</code>
            </th>
            <td className="field-changes__before">
              <del>{change.before}</del>
            </td>
            <td className="field-changes__after">
              <ins>{change.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
