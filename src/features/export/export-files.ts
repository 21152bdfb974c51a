import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { exportBundle, selectForExport } from '../../domain/export/bundle.ts';
import { csvFiles } from '../../domain/export/csv.ts';
import { zipStore } from '../../domain/export/zip.ts';
import type { RecordType } from '../../domain/dataset.ts';
import { collectionsOf } from '../../domain/registry.ts';
import type { Locale } from '../../i18n/locale.ts';
import { downloadFile } from '../../lib/download-file.ts';

/** What the menu says before anything is written: counts only. */
export interface ExportSummary {
  shown: string[];
  references: number;
  /** Record types shown, each with its CSV file name and row count, in data folder order. */
  types: { type: RecordType; name: string; rows: number }[];
}

export function summarize(index: DatasetIndex, ids: Iterable<string>): ExportSummary {
  const { shown, references } = selectForExport(index, ids);
  const rows = new Map<RecordType, number>();
  for (const id of shown) {
    const type = index.byId.get(id)?.type;
    if (type) rows.set(type, (rows.get(type) ?? 0) + 1);
  }
  const { registry } = index.dataset;
  const types = collectionsOf(registry).flatMap((collection) => {
    const { type } = registry[collection];
    const count = rows.get(type);
    return count === undefined ? [] : [{ type, name: `${collection}.csv`, rows: count }];
  });
  return { shown, references: references.length, types };
}

export function downloadJson(index: DatasetIndex, ids: string[], base: string, title: string) {
  const bundle = exportBundle(index, ids, title);
  downloadFile(`${base}.json`, `${JSON.stringify(bundle, null, 2)}\n`, 'application/json');
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Every type in one archive, or only `only` as a bare CSV file. */
export function downloadCsv(
  index: DatasetIndex,
  ids: string[],
  base: string,
  locale: Locale,
  only?: RecordType,
) {
  const files = csvFiles(index, ids, locale);
  const single = only === undefined ? undefined : files.find((file) => file.type === only);
  if (single) {
    downloadFile(`${base}-${single.name}`, single.text, CSV_TYPE);
    return;
  }
  const encoder = new TextEncoder();
  const archive = zipStore(files.map((f) => ({ name: f.name, data: encoder.encode(f.text) })));
  downloadFile(`${base}-csv.zip`, archive, 'application/zip');
}
