import { useParams, useSearch } from '@tanstack/react-router';
import { SourceReaderPage } from './source-reader-page.tsx';

/** The reader with its id and passage selection read from the URL. */
export function SourceRoutePage() {
  const { sourceId } = useParams({ from: '/sources/$sourceId' });
  const { record, at } = useSearch({ from: '/sources/$sourceId' });
  return <SourceReaderPage sourceId={sourceId} record={record} at={at} />;
}
