import { useParams, useSearch } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { SourceReaderPage, type SourceTextTools } from './source-reader-page.tsx';

interface SourceRoutePageProps {
  /** Tools over the text, composed by the route (annotate mode's). */
  TextTools?: ComponentType<SourceTextTools>;
}

/** The reader with its id, passage selection and mode read from the URL. */
export function SourceRoutePage({ TextTools }: SourceRoutePageProps) {
  const { sourceId } = useParams({ from: '/sources/$sourceId' });
  const { record, at, mode } = useSearch({ from: '/sources/$sourceId' });
  return (
    <SourceReaderPage
      sourceId={sourceId}
      record={record}
      at={at}
      annotating={mode === 'annotate'}
      TextTools={TextTools}
    />
  );
}
