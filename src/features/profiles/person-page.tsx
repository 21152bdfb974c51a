import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { StaleSourcesBanner } from '../../components/stale-sources-banner.tsx';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { EventList } from './event-list.tsx';
import { FigureList } from './figure-list.tsx';
import { PersonHeader } from './person-header.tsx';
import { ProfileContents } from './profile-contents.tsx';
import { voiceTest } from '../../domain/profiles/career.ts';
import { personProfile } from '../../domain/profiles/profile-data.ts';
import { ProfileNotices } from './profile-notices.tsx';
import { ProfileSection } from './profile-section.tsx';
import { ProjectList } from './project-list.tsx';
import { QuoteList } from './quote-list.tsx';
import { RelationList } from './relation-list.tsx';
import { RoleList } from './role-list.tsx';
import { SourceColumns } from './source-columns.tsx';
import { UnknownProfile } from './unknown-profile.tsx';
import './profiles.css';
import { useShownRecords } from '../../lib/shown-records.tsx';

const route = getRouteApi('/people/$personId');

/** Everything the sources say about one person, each item with its voice and its passage. */
export function PersonPage() {
  const { personId } = route.useParams();
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  // Only the voice part of the filter applies: the person is the page's subject already.
  const profile = useMemo(
    () => personProfile(index, personId, filter.voices, locale),
    [index, personId, filter.voices, locale],
  );
  useShownRecords(`person-${personId}`, profile);
  if (!profile) return <UnknownProfile kind="person" id={personId} index={index} />;

  const { person } = profile;
  const sections = [
    {
      id: 'roles',
      title: m.roles,
      count: profile.roles.length,
      render: (limit?: number) => (
        <RoleList roles={profile.roles.slice(0, limit)} index={index} showHolder={false} />
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
      id: 'projects',
      title: m.projects,
      count: profile.projects.length,
      render: (limit?: number) => (
        <ProjectList items={profile.projects.slice(0, limit)} index={index} />
      ),
    },
    {
      id: 'quotes',
      title: m.quotes,
      count: profile.quotes.length,
      render: (limit?: number) => (
        <QuoteList quotes={profile.quotes.slice(0, limit)} index={index} showSpeaker={false} />
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
      id: 'relations',
      title: m.relations,
      count: profile.relations.length,
      countLabel: m.linkCount(profile.relations.length),
      render: (limit?: number) => (
        <RelationList relations={profile.relations.slice(0, limit)} index={index} />
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
      <PersonHeader
        person={person}
        currentRoles={profile.roles.filter((r) => r.current)}
        shown={voiceTest(filter.voices)(person)}
        index={index}
      />
      <StaleSourcesBanner index={index} subjects={[person]} />
      <ProfileNotices filter={filter} hidden={profile.hidden} subject={person.name} />
      <ProfileContents entries={sections} />
      {sections.map((section) => (
        <ProfileSection key={section.id} {...section} />
      ))}
    </div>
  );
}
