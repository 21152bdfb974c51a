import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { companyProfile, personProfile } from '../../domain/profiles/profile-data.ts';
import { companyBriefing, personBriefing, type Briefing } from './briefing-model.ts';

let index: DatasetIndex;
beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
});

/** Every sentence the model writes, except record text that is English-only in the data. */
function sentences(briefing: Briefing): string[] {
  return [
    briefing.headline?.text ?? '',
    ...briefing.summary.map((l) => l.text),
    ...briefing.chart.map((r) => r.label),
    ...[...briefing.undated, ...briefing.structure, ...briefing.people].map((l) => l.text),
    ...briefing.projects.flatMap((p) => [p.text, p.status, p.dates, p.role]),
    ...[...briefing.figures, ...briefing.relations].map((l) => l.text),
    // The reasoning of an inference is English-only data; what follows it is ours.
    ...briefing.uncertain.map((l) => l.text),
  ];
}

// Words of the English model that would betray an untranslated sentence.
const ENGLISH =
  /\b(inferred|inf\.|present|Now|Before|Quoted|times?|from|until|as of|runs it|contributes|speaks about|run by|owner|holder|role not stated|not dated|dates not stated|Heads|Current|Past|of|for|start|end|works with|At)\b/;

describe('the briefing model in French', () => {
  it('writes Hoffstetter’s briefing in French, with French dates', () => {
    const briefing = personBriefing(index, 'patrick-hoffstetter', 'fr');
    if (!briefing) throw new Error('no briefing');
    const text = sentences(briefing);
    for (const line of text) expect(line).not.toMatch(ENGLISH);
    const all = text.join('\n');
    expect(all).toMatch(
      /^Aujourd’hui\s:\sChief Digital Officer \(CDO\), directeur de la Digital Factory, Renault › Digital Factory, vers 2011 \(déduite\) – aujourd’hui\.$/m,
    );
    expect(all).toMatch(/^Auparavant\s:\sSNCF/m);
    expect(all).toContain('2007–2010 (déd.)');
    expect(all).toContain('rend compte au poste de Chief Marketing Officer (Renault)');
    expect(all).toContain('Nouveau configurateur de véhicules');
    expect(all).toContain('170 directions de pays');
    expect(all).toMatch(/^11 citations dans BFM Business\.$/m);
    expect(briefing.projects.map((p) => p.role)).toContain('le dirige');
    expect(briefing.projects.map((p) => p.status)).toContain('En cours');
    expect(briefing.uncertain.map((u) => u.text)).toContainEqual(
      expect.stringMatching(/^ — pour\s:\s/),
    );
  });

  it('writes a company’s briefing in French: kind, posts, units, owners', () => {
    const briefing = companyBriefing(index, 'renault-digital-factory', 'fr');
    if (!briefing) throw new Error('no briefing');
    expect(briefing.headline?.text).toBe('entité de Renault');
    for (const line of sentences(briefing)) expect(line).not.toMatch(ENGLISH);

    const renault = companyBriefing(index, 'renault', 'fr');
    if (!renault) throw new Error('no briefing');
    const text = sentences(renault);
    for (const line of text) expect(line).not.toMatch(ENGLISH);
    expect(text.join('\n')).toMatch(
      /^En poste\s:\sChief Marketing Officer — Renault \(titulaire non nommé/m,
    );
    expect(text.join('\n')).toContain('Salesforce travaille avec Renault');
  });

  it('keeps the English briefing as it was', () => {
    const briefing = personBriefing(index, 'patrick-hoffstetter', 'en');
    const summary = briefing?.summary.map((l) => l.text).join('\n') ?? '';
    expect(summary).toMatch(/^Now: Chief Digital Officer .*, c\. 2011 \(inferred\) – present\.$/m);
    expect(summary).toMatch(/^Quoted 11 times in BFM Business\.$/m);
    expect(briefing?.uncertain[0]?.text).toMatch(/^ — for: /);
  });
});

describe('what a briefing shows', () => {
  it('exports its subject’s whole profile, whatever the voice, then every other record it cites', async () => {
    const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    for (const briefing of [
      personBriefing(index, 'patrick-hoffstetter', 'en'),
      companyBriefing(index, 'renault', 'fr'),
    ]) {
      const profile =
        briefing?.kind === 'person'
          ? personProfile(index, briefing.id, [], 'en')
          : companyProfile(index, briefing?.id ?? '', [], 'en');
      const profileIds = [...new Set(profile?.shownIds)];
      expect(briefing?.shownIds.slice(0, profileIds.length)).toEqual(profileIds);
      const shown = new Set(briefing?.shownIds);
      const cited = (briefing?.notes ?? []).map((note) => note.recordId);
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.filter((id) => !shown.has(id))).toEqual([]);
    }
  });
});
