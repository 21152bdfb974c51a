import { describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import {
  buildOrgChart,
  buildOrgView,
  parseAsOf,
  relationsBetweenCompanies,
  validityAt,
  type OrgNode,
} from './org-model.ts';

async function builtIn(): Promise<DatasetIndex> {
  return buildIndex(await loadDataset(readerOf(builtInDataFiles())));
}

const everything = () => true;

/** `Renault > Chief Marketing Officer > Digital Factory > …` as nested titles. */
function outline(node: OrgNode): unknown {
  const title = node.kind === 'organization' ? node.organization.id : `post:${node.position.id}`;
  return node.children.length === 0 ? title : { [title]: node.children.map(outline) };
}

describe('buildOrgChart', () => {
  it('puts the Digital Factory under the CMO, the CDO in it, the DSI team under the DSI', async () => {
    const index = await builtIn();
    const chart = buildOrgChart(index, 'renault', null, everything);
    const tree = JSON.stringify(outline(chart?.root ?? fail()));
    expect(tree).toContain(
      '{"post:renault-cmo":[{"renault-digital-factory":["post:hoffstetter-renault-cdo"]}]}',
    );
    expect(tree).toContain('{"renault-dsi":["renault-dsi-development"]}');
    expect(tree).toContain('post:renault-customer-experience-head');
    expect(tree).toContain('renault-country-directorates');
    expect(chart?.extraLinks.map((l) => l.recordId)).toContain('digital-factory-inherits-dsi-team');
  });

  it('leaves out, as of 2008, the Digital Factory (created c. 2011) and its 12 macro-projects', async () => {
    const index = await builtIn();
    const figureIds = (node: OrgNode): string[] => [
      ...(node.kind === 'organization' ? node.figures.map((f) => f.id) : []),
      ...node.children.flatMap(figureIds),
    ];
    const then = buildOrgChart(index, 'renault', parseAsOf('2008'), everything) ?? fail();
    const tree = JSON.stringify(outline(then.root));
    expect(tree).not.toContain('renault-digital-factory');
    expect(figureIds(then.root)).not.toContain('digital-factory-macro-projects');
    expect(then.shownIds).not.toContain('digital-factory-macro-projects');
    expect(tree).toContain('renault-dsi');

    const later = buildOrgChart(index, 'renault', parseAsOf('2012'), everything) ?? fail();
    expect(JSON.stringify(outline(later.root))).toContain('renault-digital-factory');
    expect(figureIds(later.root)).toContain('digital-factory-macro-projects');
  });

  it('rebuilds from the roles valid at a date', async () => {
    const index = await builtIn();
    const sfr2003 = buildOrgChart(index, 'sfr', parseAsOf('2003'), everything);
    expect(JSON.stringify(outline(sfr2003?.root ?? fail()))).toContain('post:hoffstetter-sfr');
    const sfr2008 = buildOrgChart(index, 'sfr', parseAsOf('2008'), everything);
    expect(JSON.stringify(outline(sfr2008?.root ?? fail()))).not.toContain('post:hoffstetter-sfr');
  });

  it('lists relations that cross companies', async () => {
    const index = await builtIn();
    expect(relationsBetweenCompanies(index).map((r) => r.to)).toEqual([
      'renault',
      'toyota',
      'nissan',
      'ford',
    ]);
  });
});

describe('validityAt', () => {
  it('is certain inside stated years, possible on fuzzy edges, no outside', async () => {
    const index = await builtIn();
    const sfr = index.byId.get('hoffstetter-sfr');
    if (sfr?.type !== 'position') return fail();
    expect(validityAt(sfr.record, parseAsOf('2003'))).toBe('certain');
    expect(validityAt(sfr.record, parseAsOf('2005-06'))).toBe('possible');
    expect(validityAt(sfr.record, parseAsOf('1998'))).toBe('no');
  });

  it('rejects a malformed as-of value', () => {
    expect(parseAsOf('2012-13')).toBeNull();
    expect(parseAsOf('12')).toBeNull();
    expect(parseAsOf('2012-06')).toEqual({
      start: Date.UTC(2012, 5, 1),
      end: Date.UTC(2012, 6, 1),
    });
  });
});

function fail(): never {
  throw new Error('expected a value');
}

describe('what the org view shows', () => {
  /** What a company's section draws: OrgCompany's figures line, OrgTree's nodes and links, the undated hint. */
  function drawn(chart: NonNullable<ReturnType<typeof buildOrgChart>>): string[] {
    const ids = chart.figures.map((f) => f.id);
    const walk = (node: OrgNode): void => {
      ids.push(node.kind === 'organization' ? node.id : node.position.id);
      if (node.kind === 'organization') ids.push(...node.figures.map((f) => f.id));
      node.children.forEach(walk);
    };
    walk(chart.root);
    return [...ids, ...chart.extraLinks.map((l) => l.recordId), ...chart.undated.map((p) => p.id)];
  }

  it('orders companies by relevance: the filter’s first, then by how much the dossier holds', async () => {
    const index = await builtIn();
    const companies = buildOrgView(index, everything, null).companies;
    expect(companies.slice(0, 2)).toEqual(['renault', 'salesforce']);
    expect(companies.indexOf('renault')).toBeLessThan(companies.indexOf('lastminute-com'));
    const first = buildOrgView(index, everything, null, ['lastminute-com-france']).companies;
    expect(first[0]).toBe('lastminute-com');
  });

  it.each([null, '2012'])(
    'exports every chart’s records and the links below (asof %s)',
    async (asof) => {
      const index = await builtIn();
      const at = asof === null ? null : parseAsOf(asof);
      const view = buildOrgView(index, everything, at);
      expect(view.companies.length).toBeGreaterThan(1);
      const charts = view.companies.map((id) => view.chartOf(id));
      expect(charts).not.toContain(null);
      const expected = [
        ...charts.flatMap((chart) => (chart ? drawn(chart) : [])),
        ...view.links.map((r) => r.id),
      ];
      expect(new Set(view.shownIds)).toEqual(new Set(expected));
      // The sections draw the very charts the export read.
      expect(view.chartOf(view.companies[0] ?? '')).toBe(charts[0]);
    },
  );
});
