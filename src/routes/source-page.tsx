import { SourceAnnotator } from '../features/authoring/annotate/source-annotator.tsx';
import { SourceRoutePage } from '../features/sources/source-route-page.tsx';

/** The source reader with annotate mode's tools over its text: two features met in the route. */
export function SourcePage() {
  return <SourceRoutePage TextTools={SourceAnnotator} />;
}
