import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Class of every drawn item on both pages, so the probe can count them. */
export const BASELINE_ITEM_CLASS = 'bench-item';
export const VIS_ITEM_CLASS = 'vis-item';

const style = `body { margin: 0; font: 14px system-ui, sans-serif; }
h1 { font-size: 18px; margin: 8px 16px; }
#chart { margin: 0 16px; }
.k-position { background-color: #2f6db5; color: #fff; }
.k-project { background-color: #2e7d4f; color: #fff; }
.k-event { background-color: #7a4bb5; color: #fff; }`;

function page(title: string, scripts: string[]): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>
${style}
    </style>
  </head>
  <body>
    <h1>${title}</h1>
    <div id="chart"></div>
${scripts.map((src) => `    <script src="${src}"></script>`).join('\n')}
  </body>
</html>
`;
}

/** Reads `?items=` (a same-origin path) and resolves with the exported timeline. */
const fetchItems = `async function fetchItems() {
  const items = new URLSearchParams(location.search).get('items');
  if (!items || !items.startsWith('/') || items.startsWith('//')) throw new Error('?items= must be a path on this site');
  const response = await fetch(items);
  if (!response.ok) throw new Error(items + ': HTTP ' + response.status);
  return response.json();
}`;

/** The floor: one SVG <rect> per item, packed into rows per lane, appended in one go. */
const baselineScript = `${fetchItems}
fetchItems().then((data) => {
  const NS = 'http://www.w3.org/2000/svg';
  const width = Math.max(200, document.documentElement.clientWidth - 232);
  const [d0, d1] = data.domain;
  const x = (t) => ((t - d0) / (d1 - d0)) * width;
  const colors = { position: '#2f6db5', project: '#2e7d4f', event: '#7a4bb5' };
  const byLane = new Map(data.lanes.map((lane) => [lane.id, []]));
  for (const item of data.items) byLane.get(item.lane).push(item);
  const svg = document.createElementNS(NS, 'svg');
  const ROW = 24;
  let y = 0;
  for (const lane of data.lanes) {
    const rowEnds = [];
    for (const item of byLane.get(lane.id)) {
      const left = x(item.start);
      const w = Math.max(x(item.end) - left, item.point ? 12 : 4);
      let row = rowEnds.findIndex((end) => end <= left);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(left + w);
      } else rowEnds[row] = left + w;
      const rect = document.createElementNS(NS, 'rect');
      rect.setAttribute('class', '${BASELINE_ITEM_CLASS}');
      rect.setAttribute('x', left.toFixed(1));
      rect.setAttribute('y', String(y + row * ROW));
      rect.setAttribute('width', w.toFixed(1));
      rect.setAttribute('height', '20');
      rect.setAttribute('fill', colors[item.kind] || '#555');
      svg.appendChild(rect);
    }
    y += Math.max(1, rowEnds.length) * ROW + 8;
  }
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(y));
  document.getElementById('chart').appendChild(svg);
}).catch((error) => { document.body.append('Failed: ' + error.message); });
`;

/** vis-timeline with the same items, one group per lane, the window set to the whole domain. */
const visScript = `${fetchItems}
fetchItems().then((data) => {
  const groups = new vis.DataSet(data.lanes.map((lane) => ({ id: lane.id, content: lane.label })));
  const items = new vis.DataSet(
    data.items.map((item) => ({
      id: item.id,
      group: item.lane,
      content: item.label,
      start: item.start,
      end: Math.max(item.end, item.start + 1),
      type: 'range',
      className: 'k-' + item.kind,
    })),
  );
  new vis.Timeline(document.getElementById('chart'), items, groups, {
    start: data.domain[0],
    end: data.domain[1],
    stack: true,
    showCurrentTime: false,
  });
}).catch((error) => { document.body.append('Failed: ' + error.message); });
`;

/** The comparison pages' URLs under the server root, given the items JSON path. */
export function comparisonUrls(itemsPath: string): { baseline: string; vis: string } {
  const query = `?items=${encodeURIComponent(itemsPath)}`;
  return {
    baseline: `/bench-pages/baseline.html${query}`,
    vis: `/bench-pages/vis-timeline.html${query}`,
  };
}

/** Writes the two pages under `dist/bench-pages/`, with vis-timeline's own standalone build. */
export async function writeComparisonPages(distDir: string): Promise<void> {
  const dir = path.join(distDir, 'bench-pages');
  await mkdir(dir, { recursive: true });
  const require = createRequire(import.meta.url);
  const visPackage = require.resolve('vis-timeline/package.json');
  const standalone = path.join(
    path.dirname(visPackage),
    'standalone/umd/vis-timeline-graph2d.min.js',
  );
  await copyFile(standalone, path.join(dir, 'vis-timeline-graph2d.min.js'));
  await writeFile(path.join(dir, 'baseline.js'), baselineScript);
  await writeFile(path.join(dir, 'vis-timeline.js'), visScript);
  await writeFile(path.join(dir, 'baseline.html'), page('Baseline: plain SVG', ['baseline.js']));
  await writeFile(
    path.join(dir, 'vis-timeline.html'),
    page('vis-timeline 8.5.4', ['vis-timeline-graph2d.min.js', 'vis-timeline.js']),
  );
}
