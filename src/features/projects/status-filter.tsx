import { useId } from 'react';
import { vocabulary } from '../../domain/messages.ts';
import type { ProjectStatus } from '../../domain/records.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { STATUS_ORDER } from './project-status.ts';

/** Narrows the projects to one status (`status=` in the URL), or shows every status. */
export function StatusFilter({
  status,
  onChange,
}: {
  status: ProjectStatus | undefined;
  onChange: (status: ProjectStatus | undefined) => void;
}) {
  const { locale } = useLocale();
  const t = projectsMessages[locale];
  const id = useId();
  return (
    <div className="status-filter">
      <label htmlFor={id}>{t.statusFilter}</label>
      <select
        id={id}
        value={status ?? ''}
        onChange={(event) => onChange(STATUS_ORDER.find((s) => s === event.target.value))}
      >
        <option value="">{t.anyStatus}</option>
        {STATUS_ORDER.map((value) => (
          <option key={value} value={value}>
            {vocabulary[locale].projectStatus(value)}
          </option>
        ))}
      </select>
    </div>
  );
}
