import { Link } from '@tanstack/react-router';
import type { RefObject } from 'react';
import type { Source } from '../../../domain/records.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import { annotateMessages } from './messages.ts';
import { SelectionTools } from './selection-tools.tsx';
import './annotate.css';

export interface SourceAnnotatorProps {
  source: Source;
  /** The reader's text, whose paragraphs carry `data-paragraph`. */
  textElement: RefObject<HTMLElement | null>;
  annotating: boolean;
}

/** Above the source text: the switch into annotate mode and, in it, the selection's tools. */
export function SourceAnnotator({ source, textElement, annotating }: SourceAnnotatorProps) {
  const t = useMessages(annotateMessages);
  return (
    <div className={`annotate-bar${annotating ? ' annotate-bar--on' : ''}`}>
      <Link
        to="/sources/$sourceId"
        params={{ sourceId: source.id }}
        search={annotating ? {} : { mode: 'annotate' }}
        className="annotate-toggle"
        resetScroll={false}
      >
        {annotating ? t.stopAnnotating : t.annotate}
      </Link>
      {annotating && (
        <>
          <p className="hint annotate-hint">
            <strong>{t.modeOn}</strong> · {t.hint}
          </p>
          <SelectionTools source={source} textElement={textElement} />
        </>
      )}
    </div>
  );
}
