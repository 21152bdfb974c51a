import { redirect } from '@tanstack/react-router';
import type { DossierRecord } from '../../domain/dataset.ts';

/**
 * A permalink opens its record whatever filter the link was followed from: a filter could
 * hide it. The data folder (`data`) is kept by the root route's search middleware.
 */
const NO_FILTER = { person: undefined, company: undefined, voice: undefined } as const;

/**
 * Where `/r/<id>` sends a record: the view that shows it, with its details open.
 * - a role or an event: the timeline with its details panel (`/timeline?item=`);
 * - a project: the projects table with its panel (`/projects?project=`);
 * - a quote: the quotes, the linked one first (`/quotes?quote=`);
 * - a person, an organization (a unit too): their profile; a source: its reader;
 * - a figure or a relation, which no view opens on its own: the source reader at its passage.
 * The history entry of `/r/<id>` is replaced, so back leaves the record.
 */
export function permalinkRedirect(entry: DossierRecord) {
  const id = entry.record.id;
  switch (entry.type) {
    case 'position':
    case 'event':
      return redirect({ to: '/timeline', search: { ...NO_FILTER, item: id }, replace: true });
    case 'project':
      return redirect({ to: '/projects', search: { ...NO_FILTER, project: id }, replace: true });
    case 'quote':
      return redirect({ to: '/quotes', search: { ...NO_FILTER, quote: id }, replace: true });
    case 'person':
      return redirect({
        to: '/people/$personId',
        params: { personId: id },
        search: NO_FILTER,
        replace: true,
      });
    case 'organization':
      return redirect({
        to: '/companies/$companyId',
        params: { companyId: id },
        search: NO_FILTER,
        replace: true,
      });
    case 'source':
      return redirect({
        to: '/sources/$sourceId',
        params: { sourceId: id },
        search: NO_FILTER,
        replace: true,
      });
    case 'figure':
    case 'relation':
      return redirect({
        to: '/sources/$sourceId',
        params: { sourceId: entry.record.evidence[0]?.source ?? '' },
        search: { ...NO_FILTER, record: id },
        replace: true,
      });
  }
}
