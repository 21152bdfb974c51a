import { useEffect, useId, useRef } from 'react';
import { RecordCard } from '../../components/record-card.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
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
  const { locale } = useLocale();
  const t = projectsMessages[locale];
  // The card names the project in the interface language; this adds the other language.
  const other = locale === 'en' ? 'fr' : 'en';
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
          {t.details}
        </h2>
        <button type="button" className="project-panel__close" onClick={onClose}>
          {t.close} <span className="visually-hidden">{t.closeHidden}</span>
        </button>
      </div>
      <RecordCard entry={{ type: 'project', record: project }} index={index} />
      {/* What the shared card leaves out. */}
      <dl className="facts project-panel__more">
        <dt>{t.otherName}</dt>
        <dd lang={other}>{project.name[other]}</dd>
        {parent && (
          <>
            <dt>{t.partOfLabel}</dt>
            <dd>{parent.name[locale]}</dd>
          </>
        )}
        {contributors.length > 0 && (
          <>
            <dt>{t.contributors(contributors.length)}</dt>
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
