import { useMessages } from '../../i18n/use-locale.ts';
import type { Briefing } from './briefing-model.ts';
import { BriefingSection } from './briefing-section.tsx';
import type { Endnote } from './citations.ts';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';

/** Projects as a table: what, how far along, when, and the subject's part or the owner. */
export function BriefingProjects({
  briefing,
  notes,
  id,
}: {
  briefing: Briefing;
  notes: ReadonlyMap<number, Endnote>;
  id: string;
}) {
  const m = useMessages(briefingMessages);
  return (
    <BriefingSection id={id} title={m.projects}>
      <table className={`briefing-table briefing-table--${briefing.kind}`}>
        <caption>{m.projectsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.project}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.dates}</th>
            <th scope="col">{briefing.kind === 'person' ? m.role : m.owner}</th>
          </tr>
        </thead>
        <tbody>
          {briefing.projects.map((project, i) => (
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
