import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { companyProfile, personProfile } from './profile-data.ts';

let index: DatasetIndex;
beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
});

describe('personProfile', () => {
  it('is null for an unknown id', () => {
    expect(personProfile(index, 'nobody', [], 'en')).toBeNull();
  });

  it('gathers roles, projects, quotes, events and figures of the person', () => {
    const profile = personProfile(index, 'patrick-pelata', [], 'en');
    // Newest first: the current role opens the profile.
    expect(profile?.roles.map((r) => r.id)).toEqual(['pelata-salesforce', 'pelata-renault']);
    expect(profile?.figures.map((f) => f.id)).toEqual(['pelata-months-at-salesforce']);
    expect(profile?.quotes).toHaveLength(9);
    expect(profile?.events.map((e) => e.id)).toEqual(
      expect.arrayContaining(['pelata-joins-salesforce', 'pelata-leaves-renault']),
    );
    expect(profile?.projects.map((p) => p.project.id)).not.toContain('mydeclic');
    expect(profile?.projects).toHaveLength(5);
    expect(profile?.hidden).toBe(0);
  });

  it('orders quotes as the text does and events by date, undated last', () => {
    const profile = personProfile(index, 'patrick-hoffstetter', [], 'en');
    expect(profile?.quotes[0]?.id).toBe('hoffstetter-connected-car');
    const dated = profile?.events.map((e) => e.date !== null) ?? [];
    const firstUndated = dated.indexOf(false);
    expect(firstUndated).toBeGreaterThan(0);
    // Nothing dated after the first undated event.
    expect(dated.slice(firstUndated)).toEqual(dated.slice(firstUndated).map(() => false));
  });

  it('cuts every list to the chosen voices and counts what it hides', () => {
    const profile = personProfile(index, 'patrick-hoffstetter', ['interviewee'], 'en');
    if (!profile) throw new Error('no profile');
    const listed = [
      ...profile.roles,
      ...profile.figures,
      ...profile.projects.map((p) => p.project),
      ...profile.quotes,
      ...profile.events,
      ...profile.relations.map((r) => r.basis.record),
      ...profile.sources.flatMap((s) => s.statements.map((st) => st.entry.record)),
    ];
    expect(new Set(listed.map((r) => r.voice))).toEqual(new Set(['interviewee']));
    expect(profile.hidden).toBeGreaterThan(10);
  });
});

describe('companyProfile', () => {
  it('is null for an unknown id', () => {
    expect(companyProfile(index, 'globex', [], 'en')).toBeNull();
  });

  it('covers a company and all its units', () => {
    const profile = companyProfile(index, 'renault', [], 'en');
    if (!profile) throw new Error('no profile');
    expect(profile.parents).toEqual([]);
    expect(profile.unitIds).toEqual(expect.arrayContaining(['renault-dsi-development']));
    expect(profile.currentPosts.map((p) => p.id)).toEqual(
      expect.arrayContaining(['renault-cmo', 'hoffstetter-renault-cdo']),
    );
    expect(profile.pastPosts.map((p) => p.id)).toEqual(['pelata-renault']);
    expect(profile.projects.map((p) => p.id)).toEqual(
      expect.arrayContaining(['vehicle-configurator', 'salesforce-renault-collaboration']),
    );
    // Figures about a unit and about one of the company's projects.
    expect(profile.figures.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'renault-country-directorates-count',
        'connected-car-internal-players',
      ]),
    );
    // A quote about the DSI counts as a quote about Renault.
    expect(profile.quotes.map((q) => q.id)).toContain('hoffstetter-decision-before-arrival');
    expect(profile.quotes.map((q) => q.id)).not.toContain('pelata-difficult-but-essential');
  });

  it('says which company a unit belongs to', () => {
    const profile = companyProfile(index, 'renault-dsi-development', [], 'en');
    expect(profile?.parents.map((o) => o.id)).toEqual(['renault', 'renault-dsi']);
    expect(profile?.unitIds).toEqual(['renault-dsi-development']);
  });
});

describe('what a profile shows', () => {
  it('exports the person and every record its sections list, cut to the voices', async () => {
    const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    const profile = personProfile(index, 'patrick-hoffstetter', ['journalist'], 'en');
    const listed = [
      profile?.person.id,
      ...(profile?.roles ?? []).map((r) => r.id),
      ...(profile?.figures ?? []).map((f) => f.id),
      ...(profile?.projects ?? []).map((p) => p.project.id),
      ...(profile?.quotes ?? []).map((q) => q.id),
      ...(profile?.events ?? []).map((e) => e.id),
      ...(profile?.relations ?? []).map((r) => r.basis.record.id),
      ...(profile?.sources ?? []).flatMap((s) => s.statements.map((st) => st.entry.record.id)),
    ];
    expect(new Set(profile?.shownIds)).toEqual(new Set(listed));
    expect(profile?.roles.length).toBeGreaterThan(0);
  });

  it('exports a company, its units and every record its sections list', async () => {
    const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    const profile = companyProfile(index, 'renault', [], 'en');
    const listed = [
      ...(profile?.unitIds ?? []),
      ...(profile?.currentPosts ?? []).map((p) => p.id),
      ...(profile?.pastPosts ?? []).map((p) => p.id),
      ...(profile?.projects ?? []).map((p) => p.id),
      ...(profile?.figures ?? []).map((f) => f.id),
      ...(profile?.relations ?? []).map((r) => r.basis.record.id),
      ...(profile?.events ?? []).map((e) => e.id),
      ...(profile?.quotes ?? []).map((q) => q.id),
      ...(profile?.sources ?? []).flatMap((s) => s.statements.map((st) => st.entry.record.id)),
    ];
    expect(new Set(profile?.shownIds)).toEqual(new Set(listed));
    expect(profile?.unitIds.length).toBeGreaterThan(1);
  });
});
