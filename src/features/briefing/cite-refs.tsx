import { Link } from '@tanstack/react-router';
import { useMessages } from '../../i18n/use-locale.ts';
import type { Endnote } from '../../domain/briefing/citations.ts';
import { briefingMessages } from './messages.ts';

interface CiteRefsProps {
  cites: readonly number[];
  notes: ReadonlyMap<number, Endnote>;
}

/** `[3, 4]`: each number opens its passage in the source reader. */
export function CiteRefs({ cites, notes }: CiteRefsProps) {
  const m = useMessages(briefingMessages);
  if (cites.length === 0) return null;
  return (
    <sup className="cite-refs">
      [
      {cites.map((n, i) => {
        const note = notes.get(n);
        return (
          <span key={n}>
            {i > 0 && ', '}
            {note ? (
              <Link
                to="/sources/$sourceId"
                params={{ sourceId: note.source }}
                search={{ record: note.recordId }}
                hash={`passage-${note.recordId}-${note.evidenceIndex}`}
                aria-label={m.noteLink(n)}
              >
                {n}
              </Link>
            ) : (
              n
            )}
          </span>
        );
      })}
      ]
    </sup>
  );
}
