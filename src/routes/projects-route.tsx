import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod-mini.ts';
import { PROJECT_STATUSES } from '../domain/record-vocabulary.ts';
import { searchParam, SearchIdSchema, SearchProjectStatusSchema } from '../domain/search-values.ts';
import { ProjectSortParamSchema, SORT_COLUMNS } from '../features/projects/project-sort-param.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const projectsSearchSchema = z.object({
  view: searchParam(z.enum(['table', 'board']), '“table” or “board”', '« table » ou « board »'),
  /** A column id, `-` in front for descending: `status`, `-dates`. Unknown ones are dropped. */
  sort: searchParam(
    ProjectSortParamSchema,
    `a column (${SORT_COLUMNS.join(', ')}), with “-” in front for descending`,
    `une colonne (${SORT_COLUMNS.join(', ')}), précédée de « - » pour l’ordre décroissant`,
  ),
  /** Only the projects with this status; an unknown status is dropped with a notice. */
  status: searchParam(
    SearchProjectStatusSchema,
    `a status (${PROJECT_STATUSES.join(', ')})`,
    `un statut (${PROJECT_STATUSES.join(', ')})`,
  ),
  /** The project whose details panel is open: a permalink's target. */
  project: searchParam(SearchIdSchema, 'a project id', 'un identifiant de projet'),
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
