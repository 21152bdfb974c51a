import { describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { createRecordFilter, resolveFilter } from '../../domain/filter.ts';
import { buildTimeline, packRows, prepareTimeline, type TimelineItem } from './timeline-model.ts';

async function builtIn(): Promise<DatasetIndex> {
  return buildIndex(await loadDataset(readerOf(builtInDataFiles())));
}

const everything = () => true;

describe('buildTimeline', () => {
  it('draws Hoffstetter’s career in order, SNCF to Renault', async () => {
    const index = await builtIn();
    const timeline = buildTimeline(index, everything, 'en');
    const lane = timeline.lanes.find((l) => l.id === 'person:patrick-hoffstetter');
    const roles = lane?.items.filter((i) => i.kind === 'position').map((i) => i.id);
    expect(roles).toEqual([
      'hoffstetter-sncf',
      'hoffstetter-sfr',
      'hoffstetter-yahoo-france',
      'hoffstetter-newmedia-360',
      'hoffstetter-lastminute-md',
      'hoffstetter-lastminute-emea',
      'hoffstetter-renault-cdo',
    ]);
  });

  it('keeps a year-precision edge uncertain: solid only inside what the year allows', async () => {
    const index = await builtIn();
    const sfr = buildTimeline(index, everything, 'en')
      .lanes.flatMap((l) => l.items)
      .find((i) => i.id === 'hoffstetter-sfr');
    expect(sfr).toMatchObject({
      start: Date.UTC(2000, 0, 1),
      solidStart: Date.UTC(2001, 0, 1),
      solidEnd: Date.UTC(2005, 0, 1),
      end: Date.UTC(2006, 0, 1),
      inferred: false,
    });
  });

  it('runs a current role to the latest source and marks inferred, approximate dates', async () => {
    const index = await builtIn();
    const timeline = buildTimeline(index, everything, 'en');
    const cdo = timeline.lanes
      .flatMap((l) => l.items)
      .find((i) => i.id === 'hoffstetter-renault-cdo');
    expect(cdo).toMatchObject({
      ongoing: true,
      end: timeline.present,
      approximate: true,
      inferred: true,
    });
    expect(timeline.present).toBe(Date.UTC(2014, 0, 1));
  });

  it('lists records without any date instead of inventing one', async () => {
    const index = await builtIn();
    const { undated } = buildTimeline(index, everything, 'en');
    expect(undated.map((u) => u.entry.record.id)).toEqual(
      expect.arrayContaining(['pelata-renault', 'renault-cmo', 'dsi-team-transfer-decided']),
    );
  });

  it('shows only what passes the filter', async () => {
    const index = await builtIn();
    const onlyPelata = (record: { id: string }) =>
      index.entitiesOf.get(record.id)?.has('patrick-pelata') ?? false;
    const timeline = buildTimeline(index, onlyPelata, 'en');
    expect(timeline.lanes.map((l) => l.id)).toEqual(['person:patrick-pelata', 'projects']);
    // The collaboration he speaks about in his interview, not Hoffstetter's Renault projects.
    expect(timeline.lanes[1]?.items.map((i) => i.id)).toEqual(['salesforce-renault-collaboration']);
  });
});

describe('the timeline built in slices, then filtered', () => {
  it('is the timeline built whole', async () => {
    const files = builtInDataFiles();
    const sliced = buildIndex(await loadDataset(readerOf(files)));
    const whole = buildIndex(await loadDataset(readerOf(files)));
    await prepareTimeline(sliced, 'fr');
    expect(buildTimeline(sliced, everything, 'fr')).toEqual(buildTimeline(whole, everything, 'fr'));
  });

  it('keeps, for each person and company, only their records, in the unfiltered order', async () => {
    const index = await builtIn();
    const all = buildTimeline(index, everything, 'en');
    const filters = [
      ...[...index.people.keys()].map((id) => ({ person: [id] })),
      ...[...index.organizations.keys()].map((id) => ({ company: [id] })),
    ];
    expect(filters.length).toBeGreaterThan(5);
    for (const filter of filters) {
      const includes = createRecordFilter(index, resolveFilter(index, filter));
      const filtered = buildTimeline(index, includes, 'en');
      const expected = all.lanes
        .map((lane) => ({ id: lane.id, items: lane.items.filter((i) => includes(i.entry.record)) }))
        .filter(
          (lane) =>
            lane.items.length > 0 ||
            all.undated.some(
              (u) =>
                includes(u.entry.record) &&
                u.lane === all.lanes.find((l) => l.id === lane.id)?.label,
            ),
        );
      expect(filtered.lanes.map((l) => ({ id: l.id, items: l.items }))).toEqual(expected);
      expect(filtered.undated).toEqual(all.undated.filter((u) => includes(u.entry.record)));
      expect(filtered.itemCount).toBe(expected.reduce((n, l) => n + l.items.length, 0));
    }
  });
});

describe('packRows', () => {
  const item = (id: string, start: number, end: number): TimelineItem => ({
    id,
    entry: {
      type: 'person',
      record: { id, name: id, summary: { fr: 'x', en: 'x' }, voice: 'journalist', evidence: [] },
    },
    kind: 'position',
    label: 'ab',
    start,
    end,
    solidStart: start,
    solidEnd: end,
    startDate: null,
    endDate: null,
    ongoing: false,
    ongoingInferred: false,
    point: false,
    approximate: false,
    inferred: false,
    voice: 'journalist',
  });
  const x = (t: number) => t;

  it('puts overlapping items on separate rows and reuses freed rows', () => {
    const { rows, count } = packRows(
      [item('a', 0, 100), item('b', 50, 150), item('c', 120, 200)],
      x,
      1000,
    );
    expect(rows).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });

  it('flips a label that would run past the right edge', () => {
    const { labels } = packRows([item('a', 980, 1000)], x, 1000);
    expect(labels).toEqual([{ side: 'end', offset: 5, room: 14 }]);
  });

  it('cuts a label too long for either side, on the roomier side', () => {
    const long = { ...item('l', 300, 320), label: 'x'.repeat(100) };
    const { labels } = packRows([long], x, 1000);
    expect(labels).toEqual([{ side: 'start', offset: 5, room: 1000 - 305 - 24 }]);
  });

  it('measures an event’s label from its diamond, in the middle of its span', () => {
    // Label 38 px wide: from the bar's left edge (900) it would fit; from the middle (960) it
    // would not, and the CSS draws it from the middle.
    const event = { ...item('e', 900, 1020), point: true };
    const { labels } = packRows([event], x, 1000);
    expect(labels.map((l) => l?.side)).toEqual(['end']);
  });

  it('hangs an event’s label off the visible edge its span reaches when its diamond is out of view', () => {
    const event = { ...item('e', 900, 1200), point: true };
    const { labels } = packRows([event], x, 1000);
    expect(labels).toEqual([{ side: 'end', offset: 1200 - 995, room: 14 }]);
  });

  it('keeps the name of a bar begun before the visible range at the range’s left edge', () => {
    // Zoomed in: the bar runs from 400 px before the range to 300 px into it.
    const { labels } = packRows([item('a', -400, 300)], x, 1000);
    expect(labels).toEqual([{ side: 'start', offset: 405, room: 14 }]);
  });

  it('cuts the name of a bar running past both edges from the range’s left edge', () => {
    const wide = { ...item('w', -400, 1400), label: 'x'.repeat(200) };
    const { labels } = packRows([wide], x, 1000);
    expect(labels).toEqual([{ side: 'start', offset: 405, room: 1000 - 5 - 24 }]);
  });

  it('packs around the label where it is drawn: an item after a bar begun off screen moves down', () => {
    // Bar a: -400…10, its label from 0 to 14 + 24 = 38 px; b starts at 20, under that label.
    const { rows } = packRows([item('a', -400, 10), item('b', 20, 60)], x, 1000);
    expect(rows).toEqual([0, 1]);
  });

  it('draws no label for an item off screen, and keeps no room for one', () => {
    const { labels, rows } = packRows([item('gone', -300, -100), item('b', -50, 60)], x, 1000);
    expect(labels[0]).toBeNull();
    expect(rows).toEqual([0, 0]);
  });

  it('packs around the measured width of the text, flag included for a project', () => {
    const project = { ...item('p', 0, 10), kind: 'project' as const, label: 'Clio' };
    const { labels } = packRows([project], x, 1000, (text) =>
      text === '\u2691\u00a0Clio' ? 50 : 0,
    );
    expect(labels).toEqual([{ side: 'start', offset: 5, room: 50 }]);
  });
});

describe('what the timeline shows', () => {
  it('exports the items drawn in each lane and the undated ones listed, each once', async () => {
    const index = await builtIn();
    const timeline = buildTimeline(index, (r) => r.id !== 'hoffstetter-sncf', 'en');
    const drawn = timeline.lanes.flatMap((lane) => lane.items.map((item) => item.entry.record.id));
    const listed = timeline.undated.map((item) => item.entry.record.id);
    expect(timeline.shownIds).toEqual([...drawn, ...listed]);
    expect(new Set(timeline.shownIds).size).toBe(timeline.itemCount + timeline.undated.length);
    expect(timeline.shownIds).not.toContain('hoffstetter-sncf');
  });
});
