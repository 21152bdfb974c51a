import { redirect } from '@tanstack/react-router';
import type { DossierRecord } from '../../domain/dataset.ts';
import { NO_FILTER } from '../../domain/filter.ts';
import { evidenceOf, specOfType } from '../../domain/registry.ts';

/**
 * Where `/r/<id>` sends a record: the view its type's registry spec names (`permalink`), with
 * its details open, whatever filter the link was followed from (`NO_FILTER`: a filter could
 * hide it; the root route's search middleware keeps the data folder).
 * - `timeline` (a role, an event): the timeline with its details panel (`/timeline?item=`);
 * - `projects`: the projects table with its panel (`/projects?project=`);
 * - `quotes`: the quotes, the linked one first (`/quotes?quote=`);
 * - `person-profile`, `company-profile` (a unit too): the profile; `source-reader`: the reader;
 * - `evidence` (a figure, a relation, which no view opens on its own): the source reader at the
 *   record's first passage.
 * The history entry of `/r/<id>` is replaced, so back leaves the record.
 */
export function permalinkRedirect(entry: DossierRecord) {
  const id = entry.record.id;
  const spec = specOfType(entry.type);
  switch (spec.permalink) {
    case 'timeline':
      return redirect({ to: '/timeline', search: { ...NO_FILTER, item: id }, replace: true });
    case 'projects':
      return redirect({ to: '/projects', search: { ...NO_FILTER, project: id }, replace: true });
    case 'quotes':
      return redirect({ to: '/quotes', search: { ...NO_FILTER, quote: id }, replace: true });
    case 'person-profile':
      return redirect({
        to: '/people/$personId',
        params: { personId: id },
        search: NO_FILTER,
        replace: true,
      });
    case 'company-profile':
      return redirect({
        to: '/companies/$companyId',
        params: { companyId: id },
        search: NO_FILTER,
        replace: true,
      });
    case 'source-reader':
      return redirect({
        to: '/sources/$sourceId',
        params: { sourceId: id },
        search: NO_FILTER,
        replace: true,
      });
    case 'evidence':
      return redirect({
        to: '/sources/$sourceId',
        params: { sourceId: evidenceOf(spec, entry.record)[0]?.item.source ?? '' },
        search: { ...NO_FILTER, record: id },
        replace: true,
      });
  }
}
