import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import {
  ancestryOf,
  compareRoles,
  innermostOrganizations,
  projectsOfPerson,
  statusInWords,
  voiceTest,
} from './career.ts';

let index: DatasetIndex;
beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
});

const everyVoice = voiceTest([]);

describe('compareRoles', () => {
  it('puts a career in order, the current role last', () => {
    const roles = [...(index.positionsByPerson.get('patrick-hoffstetter') ?? [])].sort(
      compareRoles,
    );
    expect(roles.map((r) => r.organization)).toEqual([
      'sncf',
      'sfr',
      'yahoo-france',
      'newmedia-360',
      'lastminute-com-france',
      'lastminute-com-executive-committee',
      'renault-digital-factory',
    ]);
  });

  it('puts a past role with no dates before the current one', () => {
    const roles = [...(index.positionsByPerson.get('patrick-pelata') ?? [])].sort(compareRoles);
    expect(roles.map((r) => r.id)).toEqual(['pelata-renault', 'pelata-salesforce']);
  });
});

describe('projectsOfPerson', () => {
  it('places undated projects at the start of the role in the same company', () => {
    const projects = projectsOfPerson(index, 'patrick-hoffstetter', everyVoice);
    const ids = projects.map((p) => p.project.id);
    expect(ids.indexOf('vizzavi-launch')).toBeLessThan(ids.indexOf('yahoo-france-content'));
    expect(ids.indexOf('yahoo-france-content')).toBeLessThan(
      ids.indexOf('lastminute-distribution'),
    );
    expect(ids.indexOf('lastminute-distribution')).toBeLessThan(
      ids.indexOf('vehicle-configurator'),
    );
  });

  it('tells owned projects from contributions', () => {
    const projects = projectsOfPerson(index, 'patrick-hoffstetter', everyVoice);
    const roleOf = (id: string) => projects.find((p) => p.project.id === id)?.role;
    expect(roleOf('vehicle-configurator')).toBe('owner');
    expect(roleOf('mydeclic')).toBe('contributor');
  });

  it('keeps only the chosen voices', () => {
    const projects = projectsOfPerson(index, 'patrick-hoffstetter', voiceTest(['interviewee']));
    expect(projects.map((p) => p.project.id).sort()).toEqual([
      'mydeclic',
      'renault-connected-car',
      'renault-digital-marketing',
      'renault-macro-projects',
    ]);
  });

  it('lists the projects someone only speaks about, as such', () => {
    const projects = projectsOfPerson(index, 'patrick-pelata', everyVoice);
    expect(projects.map((p) => p.project.id)).toEqual(
      expect.arrayContaining(['salesforce-automotive-pilots', 'salesforce-renault-collaboration']),
    );
    expect(new Set(projects.map((p) => p.role))).toEqual(new Set(['quoted']));
  });
});

describe('ancestryOf', () => {
  it('lists the company first, down to the unit', () => {
    expect(ancestryOf(index, 'renault-dsi-development').map((o) => o.id)).toEqual([
      'renault',
      'renault-dsi',
      'renault-dsi-development',
    ]);
    expect(ancestryOf(index, 'nobody')).toEqual([]);
  });
});

describe('innermostOrganizations', () => {
  it('drops an organization another one in the list sits under', () => {
    expect(innermostOrganizations(index, ['sfr', 'sfr-pro'])).toEqual(['sfr-pro']);
    expect(innermostOrganizations(index, ['renault', 'renault-digital-factory'])).toEqual([
      'renault-digital-factory',
    ]);
    expect(innermostOrganizations(index, ['salesforce', 'renault'])).toEqual([
      'salesforce',
      'renault',
    ]);
  });
});

describe('voiceTest and statusInWords', () => {
  it('keeps everything when no voice is chosen', () => {
    expect(everyVoice({ voice: 'inferred' })).toBe(true);
    expect(voiceTest(['journalist'])({ voice: 'inferred' })).toBe(false);
  });

  it('says a status in words', () => {
    expect(statusInWords('in-progress', 'stated', 'en')).toBe('In progress');
    expect(statusInWords('ended', 'stated', 'en')).toBe('Ended, no outcome stated');
    expect(statusInWords('in-progress', 'stated', 'fr')).toBe('En cours');
    expect(statusInWords('ended', 'stated', 'fr')).toBe('Arrêté, sans résultat annoncé');
  });

  it('says when a status is inferred, in words', () => {
    expect(statusInWords('in-progress', 'inferred', 'en')).toBe('In progress (inferred)');
    expect(statusInWords('in-progress', 'inferred', 'fr')).toBe('En cours (déduit)');
  });
});
