import { useId } from 'react';
import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';

export type ProjectsView = 'table' | 'board';

const VIEWS: readonly ProjectsView[] = ['table', 'board'];

/** A radio group: one choice of two, arrow keys move between them as users expect. */
export function ViewToggle({
  view,
  onChange,
}: {
  view: ProjectsView;
  onChange: (view: ProjectsView) => void;
}) {
  const t = useMessages(projectsMessages);
  const name = useId();
  return (
    <fieldset className="view-toggle">
      <legend className="view-toggle__legend">{t.showAs}</legend>
      <div className="view-toggle__options">
        {VIEWS.map((value) => (
          <label key={value} className="view-toggle__option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={view === value}
              onChange={() => onChange(value)}
              className="view-toggle__input"
            />
            {t[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
