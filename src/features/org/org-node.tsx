import { Link } from '@tanstack/react-router';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { vocabulary } from '../../domain/messages.ts';
import { formatFigure } from '../../domain/record-label.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { orgMessages } from './messages.ts';
import type { ExtraLink, OrgNode } from './org-model.ts';
import { DraftBadge } from '../../components/draft-badge.tsx';

/** What a box of the chart says: a unit with its kind and figures, or a post and its holder. */
export function OrgNodeContent({ node, index }: { node: OrgNode; index: DatasetIndex }) {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  const words = vocabulary[locale];
  if (node.kind === 'organization') {
    return (
      <>
        <Link
          to="/companies/$companyId"
          params={{ companyId: node.organization.id }}
          className="org-node__title"
          title={node.organization.name}
        >
          {node.organization.name}
        </Link>
        <DraftBadge id={node.organization.id} />
        <span className="org-node__meta">
          {words.organizationKind(node.organization.kind)}
          {node.figures.length > 0 &&
            ` · ${node.figures.map((figure) => formatFigure(figure, locale)).join('; ')}`}
        </span>
      </>
    );
  }
  const { position } = node;
  const title = position.title?.[locale] ?? t.untitledPost;
  return (
    <>
      <span className="org-node__title" title={title}>
        {title}
      </span>
      <DraftBadge id={position.id} />
      <span className="org-node__meta">
        {position.person ? (
          <Link to="/people/$personId" params={{ personId: position.person }}>
            {index.people.get(position.person)?.name ?? position.person}
          </Link>
        ) : (
          words.holderNotNamed
        )}
        {position.start && (
          <>
            {` · ${t.since} `}
            <FuzzyDateText date={position.start} afterPreposition />
          </>
        )}
        {node.validity === 'possible' && ` · ${t.possiblyHeld}`}
      </span>
    </>
  );
}

/** The dashed lines in words, each with the passage that says so. */
export function ExtraLinksLegend({
  links,
  index,
}: {
  links: readonly ExtraLink[];
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  if (links.length === 0) return null;
  return (
    <ul className="org-tree__legend" aria-label={t.otherLinks}>
      {links.map((link) => (
        <li key={`${link.recordId}-${link.from}`}>
          <span className="org-tree__dash" aria-hidden="true" />{' '}
          {link.meaning.kind === 'reports-to' ? t.alsoReportsTo : link.meaning.description[locale]}{' '}
          <Link
            to="/sources/$sourceId"
            params={{ sourceId: index.citationsByRecord.get(link.recordId)?.[0]?.source ?? '' }}
            search={{ record: link.recordId }}
          >
            {t.passage}
          </Link>
        </li>
      ))}
    </ul>
  );
}
