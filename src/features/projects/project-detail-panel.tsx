import { useEffect, useId, useRef } from 'react';
import { RecordCard } from '../../components/record-card.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { PROJECT_PANEL_ID } from './project-panel-id.ts';
import { PersonLink } from './person-link.tsx';
import type { ProjectRow } from './project-rows.ts';

interface ProjectDetailPanelProps {
  row: ProjectRow;
  index: DatasetIndex;
  onClose: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}

/** The project's record with all its passages, beside the list it was opened from. */
export function ProjectDetailPanel({ row, index, onClose }: ProjectDetailPanelProps) {
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { project, parent, contributors } = row;

  // Each project opened is announced from its heading, as a newly shown section should be.
  useEffect(() => {
    headingRef.current?.focus();
  }, [project.id]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const inPanel = event.target instanceof Node && panelRef.current?.contains(event.target);
      // Escape in the filter box closes its suggestions; it should not close this too.
      if (!inPanel && isTextField(event.target)) return;
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <aside id={PROJECT_PANEL_ID} ref={panelRef} className="project-panel" aria-labelledby={titleId}>
      <div className="project-panel__bar">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="project-panel__title">
          Project details
        </h2>
        <button type="button" className="project-panel__close" onClick={onClose}>
          Close <span className="visually-hidden">project details</span>
        </button>
      </div>
      <RecordCard entry={{ type: 'project', record: project }} index={index} />
      {/* What the shared card leaves out. */}
      <dl className="facts project-panel__more">
        <dt>French name</dt>
        <dd lang="fr">{project.name.fr}</dd>
        {parent && (
          <>
            <dt>Part of</dt>
            <dd>{parent.name.en}</dd>
          </>
        )}
        {contributors.length > 0 && (
          <>
            <dt>{contributors.length === 1 ? 'Contributor' : 'Contributors'}</dt>
            <dd>
              <ul className="inline-list">
                {contributors.map((person) => (
                  <li key={person.id}>
                    <PersonLink person={person} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </aside>
  );
}
