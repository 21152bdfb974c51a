import { hierarchy, tree } from 'd3-hierarchy';
import type { FrenchNoun } from '../../i18n/french.ts';
import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { orgMessages } from './messages.ts';
import type { OrgChart, OrgNode } from './org-model.ts';
import { ExtraLinksLegend, OrgNodeContent } from './org-node.tsx';

const NODE_WIDTH = 230;
// Room for a two-line title and three lines of holder, date and validity (see org.css).
const NODE_HEIGHT = 110;
const COLUMN_GAP = 60;
const ROW_GAP = 14;

interface OrgTreeProps {
  chart: OrgChart;
  index: DatasetIndex;
  /** Posts of the people being filtered on, drawn emphasised. */
  emphasised: (positionId: string) => boolean;
}

/** A box as a French sentence names it: an organization with its grammar, a post (« le poste »). */
function nodeNoun(node: OrgNode, locale: Locale): FrenchNoun {
  return node.kind === 'organization'
    ? node.organization
    : { name: node.position.title?.[locale] ?? orgMessages[locale].untitledPost, gender: 'm' };
}

/** A company drawn left to right with d3-hierarchy; extra reporting lines and transfers dashed. */
export function OrgTree({ chart, index, emphasised }: OrgTreeProps) {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  const layout = useMemo(() => {
    const root = hierarchy<OrgNode>(chart.root, (node) => node.children);
    tree<OrgNode>().nodeSize([NODE_HEIGHT + ROW_GAP, NODE_WIDTH + COLUMN_GAP])(root);
    const nodes = root.descendants();
    const minX = Math.min(...nodes.map((n) => n.x ?? 0));
    const place = (n: (typeof nodes)[number]) => ({ left: n.y ?? 0, top: (n.x ?? 0) - minX });
    const positions = new Map(nodes.map((n) => [n.data.id, place(n)]));
    const height = Math.max(...nodes.map((n) => place(n).top)) + NODE_HEIGHT;
    const width = Math.max(...nodes.map((n) => place(n).left)) + NODE_WIDTH;
    return { nodes, links: root.links(), positions, width, height, place };
  }, [chart]);

  const edge = (from: { left: number; top: number }, to: { left: number; top: number }) => {
    const x1 = from.left + NODE_WIDTH;
    const y1 = from.top + NODE_HEIGHT / 2;
    const x2 = to.left;
    const y2 = to.top + NODE_HEIGHT / 2;
    const mid = (x1 + x2) / 2;
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  };

  return (
    <div
      className="org-tree"
      // A wide chart scrolls sideways: the region takes focus so the keyboard can scroll it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t.chart(chart.company)}
    >
      <div
        className="org-tree__canvas"
        style={{ width: `${layout.width}px`, height: `${layout.height}px` }}
      >
        <svg
          className="org-tree__links"
          width={layout.width}
          height={layout.height}
          aria-hidden="true"
        >
          {layout.links.map((link) => (
            <path
              key={`${link.source.data.id}>${link.target.data.id}`}
              d={edge(layout.place(link.source), layout.place(link.target))}
            />
          ))}
          {chart.extraLinks.map((link) => {
            const from = layout.positions.get(link.from);
            const to = layout.positions.get(link.to);
            if (!from || !to) return null;
            const [a, b] = from.left <= to.left ? [from, to] : [to, from];
            return (
              <path
                key={`${link.recordId}-${link.from}`}
                className="org-tree__extra"
                d={edge(a, b)}
              />
            );
          })}
        </svg>
        <ul className="org-tree__nodes">
          {layout.nodes.map((n) => {
            const { left, top } = layout.place(n);
            const node = n.data;
            const parent = n.parent
              ? t.under(
                  nodeNoun(node, locale),
                  nodeNoun(n.parent.data, locale),
                  n.parent.data.kind === 'post',
                )
              : null;
            return (
              <li
                key={node.id}
                className={`org-node org-node--${node.kind}${node.kind === 'post' && node.validity === 'possible' ? ' org-node--possible' : ''}${node.kind === 'post' && emphasised(node.position.id) ? ' org-node--emphasised' : ''}`}
                style={{
                  left: `${left}px`,
                  top: `${top}px`,
                  width: `${NODE_WIDTH}px`,
                  height: `${NODE_HEIGHT}px`,
                }}
              >
                <OrgNodeContent node={node} index={index} />
                {parent && <span className="visually-hidden">{parent}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      <ExtraLinksLegend links={chart.extraLinks} index={index} />
    </div>
  );
}
