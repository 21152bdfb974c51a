import type { Endnote } from '../../domain/briefing/citations.ts';
import type { BriefingProject } from '../../domain/briefing/parts.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { BriefingSection } from './briefing-section.tsx';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';

interface BriefingProjectsProps {
  id: string;
  title: string;
  projects: readonly BriefingProject[];
  kind: 'person' | 'company';
  /** The year of the latest source: the status is as of then. */
  year: string;
  notes: ReadonlyMap<number, Endnote>;
  /** Whether the table explains the « inf. » mark: once per appendix, not under every table. */
  legend: boolean;
}

/** Projects as a table: what, how far along, when, and the subject's part or the owner. */
export function BriefingProjects({
  id,
  title,
  projects,
  kind,
  year,
  notes,
  legend,
}: BriefingProjectsProps) {
  const m = useMessages(briefingMessages);
  if (projects.length === 0) return null;
  return (
    <BriefingSection id={id} title={title}>
      <table className={`briefing-table briefing-table--${kind}`}>
        {legend && <caption>{m.projectsCaption}</caption>}
        <thead>
          <tr>
            <th scope="col">{m.project}</th>
            <th scope="col">{m.statusAt(year)}</th>
            <th scope="col">{m.dates}</th>
            <th scope="col">{kind === 'person' ? m.role : m.owner}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project, i) => (
            <tr key={i}>
              <td>
                {project.text}
                <CiteRefs cites={project.cites} notes={notes} />
              </td>
              <td>{project.status}</td>
              <td>{project.dates}</td>
              <td>{project.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </BriefingSection>
  );
}
