import type { ReactNode } from 'react';
import type { Line } from '../../domain/briefing/parts.ts';
import type { Endnote } from '../../domain/briefing/citations.ts';
import { CiteRefs } from './cite-refs.tsx';

interface BriefingSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

export function BriefingSection({ id, title, children }: BriefingSectionProps) {
  return (
    <section className="briefing-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** A list of cited sentences, or nothing when empty (an empty section is left out). */
export function LineList({
  lines,
  notes,
}: {
  lines: readonly Line[];
  notes: ReadonlyMap<number, Endnote>;
}) {
  return (
    <ul className="briefing-lines">
      {lines.map((line, i) => (
        <li key={i}>
          {line.text}
          <CiteRefs cites={line.cites} notes={notes} />
        </li>
      ))}
    </ul>
  );
}
