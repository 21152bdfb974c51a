import { useId } from 'react';

export type ProjectsView = 'table' | 'board';

const VIEWS: { value: ProjectsView; label: string }[] = [
  { value: 'table', label: 'Table' },
  { value: 'board', label: 'Board' },
];

/** A radio group: one choice of two, arrow keys move between them as users expect. */
export function ViewToggle({
  view,
  onChange,
}: {
  view: ProjectsView;
  onChange: (view: ProjectsView) => void;
}) {
  const name = useId();
  return (
    <fieldset className="view-toggle">
      <legend className="view-toggle__legend">Show as</legend>
      <div className="view-toggle__options">
        {VIEWS.map(({ value, label }) => (
          <label key={value} className="view-toggle__option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={view === value}
              onChange={() => onChange(value)}
              className="view-toggle__input"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
