import type { DossierRecord } from './dataset.ts';
import { organizationPath, type DatasetIndex } from './dataset-index.ts';
import type { Figure } from './records.ts';

const RECORD_TYPE_NAMES: Record<DossierRecord['type'], string> = {
  source: 'Source',
  person: 'Person',
  organization: 'Organization',
  position: 'Role',
  project: 'Project',
  quote: 'Quote',
  event: 'Event',
  figure: 'Figure',
  relation: 'Relation',
};

export function recordTypeName(type: DossierRecord['type']): string {
  return RECORD_TYPE_NAMES[type];
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** "more than 3,000,000,000 US dollars of revenue", "13–14 times…", "60 of 170 …". */
export function formatFigure(figure: Figure): string {
  const value =
    figure.upTo === null
      ? numberFormat.format(figure.value)
      : `${numberFormat.format(figure.value)}–${numberFormat.format(figure.upTo)}`;
  const qualifier = { exact: '', about: 'about ', 'more-than': 'more than ', barely: 'barely ' }[
    figure.qualifier
  ];
  const outOf = figure.outOf === null ? '' : ` of ${numberFormat.format(figure.outOf)}`;
  return `${qualifier}${value}${outOf} ${figure.unit.en}`;
}

function nameOf(index: DatasetIndex, id: string | null): string {
  if (id === null) return 'Holder not named';
  const entry = index.byId.get(id);
  if (!entry) return id;
  return labelOf(entry, index);
}

/** A one-line English label for any record, as lists and citations show it. */
export function labelOf(entry: DossierRecord, index: DatasetIndex): string {
  switch (entry.type) {
    case 'source':
      return `${entry.record.publication}: ${entry.record.title}`;
    case 'person':
      return entry.record.name;
    case 'organization':
      return organizationPath(index, entry.record.id);
    case 'position': {
      const title = entry.record.title?.en ?? 'role not stated';
      return `${nameOf(index, entry.record.person)} — ${title}, ${organizationPath(index, entry.record.organization)}`;
    }
    case 'project':
      return entry.record.name.en;
    case 'quote': {
      const text = entry.record.original;
      return `${nameOf(index, entry.record.speaker)}: « ${text.length > 90 ? `${text.slice(0, 90)}…` : text} »`;
    }
    case 'event':
      return entry.record.title.en;
    case 'figure':
      return `${entry.record.label.en}: ${formatFigure(entry.record)}`;
    case 'relation':
      return `${organizationPath(index, entry.record.from)} → ${organizationPath(index, entry.record.to)} (${entry.record.kind.replace('-', ' ')})`;
  }
}
