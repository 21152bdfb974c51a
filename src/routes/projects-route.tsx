import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { IdSchema, ProjectStatusSchema } from '../domain/records.ts';
import { ProjectSortParamSchema, SORT_COLUMNS } from '../features/projects/project-sort.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';
import { expects } from '../domain/search-expectation.ts';

export const projectsSearchSchema = z.object({
  view: z
    .enum(['table', 'board'])
    .optional()
    .catch(undefined)
    .meta(expects('“table” or “board”', '« table » ou « board »')),
  /** A column id, `-` in front for descending: `status`, `-dates`. Unknown ones are dropped. */
  sort: ProjectSortParamSchema.optional()
    .catch(undefined)
    .meta(
      expects(
        `a column (${SORT_COLUMNS.join(', ')}), with “-” in front for descending`,
        `une colonne (${SORT_COLUMNS.join(', ')}), précédée de « - » pour l’ordre décroissant`,
      ),
    ),
  /** Only the projects with this status; an unknown status is dropped with a notice. */
  status: ProjectStatusSchema.optional()
    .catch(undefined)
    .meta(
      expects(
        `a status (${ProjectStatusSchema.options.join(', ')})`,
        `un statut (${ProjectStatusSchema.options.join(', ')})`,
      ),
    ),
  /** The project whose details panel is open: a permalink's target. */
  project: IdSchema.optional()
    .catch(undefined)
    .meta(expects('a project id', 'un identifiant de projet')),
});

export const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: projectsSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/projects/projects-page.tsx'),
    'ProjectsPage',
  ),
});
