import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { StaleSourcesBanner } from '../../components/stale-sources-banner.tsx';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { CompanyHeader } from './company-header.tsx';
import { CompanyPeople } from './company-people.tsx';
import { EventList } from './event-list.tsx';
import { FigureList } from './figure-list.tsx';
import { voiceTest } from '../../domain/profiles/career.ts';
import { companyProfile } from '../../domain/profiles/profile-data.ts';
import { ProfileContents } from './profile-contents.tsx';
import { ProfileNotices } from './profile-notices.tsx';
import { ProfileSection } from './profile-section.tsx';
import { ProjectList } from './project-list.tsx';
import { QuoteList } from './quote-list.tsx';
import { RelationList } from './relation-list.tsx';
import { SourceColumns } from './source-columns.tsx';
import { UnitTree } from './unit-tree.tsx';
import { UnknownProfile } from './unknown-profile.tsx';
import './profiles.css';
import { useShownRecords } from '../../lib/shown-records.tsx';

const route = getRouteApi('/companies/$companyId');

/** A company or unit: its place in the group and everything the sources say about it and its units. */
export function CompanyPage() {
  const { companyId } = route.useParams();
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  // Only the voice part of the filter applies: the organization is the page's subject already.
  const profile = useMemo(
    () => companyProfile(index, companyId, filter.voices, locale),
    [index, companyId, filter.voices, locale],
  );
  useShownRecords(`company-${companyId}`, profile);
  if (!profile) return <UnknownProfile kind="organization" id={companyId} index={index} />;

  const { organization } = profile;
  const units = index.childrenOf.get(organization.id) ?? [];
  const sections = [
    {
      id: 'units',
      title: m.units,
      count: profile.unitIds.length - 1,
      folds: 0,
      render: () => <UnitTree roots={units} index={index} label={m.unitsOf(organization)} />,
    },
    {
      id: 'people',
      title: m.people,
      count: profile.currentPosts.length + profile.pastPosts.length,
      folds: 0,
      render: () => (
        <CompanyPeople current={profile.currentPosts} past={profile.pastPosts} index={index} />
      ),
    },
    {
      id: 'projects',
      title: m.projects,
      count: profile.projects.length,
      render: (limit?: number) => (
        <ProjectList
          items={profile.projects.slice(0, limit).map((project) => ({ project }))}
          index={index}
        />
      ),
    },
    {
      id: 'figures',
      title: m.figures,
      count: profile.figures.length,
      render: (limit?: number) => (
        <FigureList figures={profile.figures.slice(0, limit)} index={index} />
      ),
    },
    {
      id: 'relations',
      title: m.relations,
      count: profile.relations.length,
      countLabel: m.linkCount(profile.relations.length),
      render: (limit?: number) => (
        <RelationList relations={profile.relations.slice(0, limit)} index={index} />
      ),
    },
    {
      id: 'events',
      title: m.events,
      count: profile.events.length,
      render: (limit?: number) => (
        <EventList events={profile.events.slice(0, limit)} index={index} />
      ),
    },
    {
      id: 'quotes',
      title: m.quotesAbout,
      count: profile.quotes.length,
      render: (limit?: number) => (
        <QuoteList quotes={profile.quotes.slice(0, limit)} index={index} showSpeaker />
      ),
    },
    {
      id: 'sources',
      title: m.bySource,
      count: profile.sources.length,
      countLabel: m.sourceCount(profile.sources.length),
      folds: Math.max(0, ...profile.sources.map((source) => source.statements.length)),
      render: (limit?: number) => (
        <SourceColumns sources={profile.sources} index={index} limit={limit} />
      ),
    },
  ];
  return (
    <div className="profile">
      <CompanyHeader
        organization={organization}
        shown={voiceTest(filter.voices)(organization)}
        index={index}
      />
      <StaleSourcesBanner index={index} subjects={[organization]} />
      <ProfileNotices filter={filter} hidden={profile.hidden} subject={organization.name} />
      <ProfileContents entries={sections} />
      {sections.map((section) => (
        <ProfileSection key={section.id} {...section} />
      ))}
    </div>
  );
}
