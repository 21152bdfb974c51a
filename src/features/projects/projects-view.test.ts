import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { buildProjectRows } from './project-rows.ts';
import { parseSort } from './project-sort-param.ts';
import { projectsView } from './projects-view.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

describe('what the projects view shows', () => {
  it('exports the rows of the table (the cards of the board), in the chosen order', () => {
    const rows = buildProjectRows(index);
    const renault = new Set(
      index
        .descendantsOf('renault')
        .flatMap((id) => (index.projectsByOrganization.get(id) ?? []).map((p) => p.id)),
    );
    const includes = (record: { id: string }) => renault.has(record.id);
    const view = projectsView(rows, includes, parseSort('-dates'), 'en');
    expect(view.rows.length).toBeGreaterThan(0);
    expect(view.rows.length).toBeLessThan(rows.length);
    expect(view.shownIds).toEqual(view.rows.map((row) => row.project.id));
  });
});
