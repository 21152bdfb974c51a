import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { labelOf } from '../../domain/record-label.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { useDatasetIndexIfLoaded } from '../../lib/use-dataset-index.ts';
import { viewMessages } from '../../lib/messages.ts';
import type { ViewShortcut } from '../../lib/shortcut-keys.ts';
import { paletteMessages } from './messages.ts';
import { matchCommands, viewCommands } from './palette-commands.ts';
import { builtPaletteSearch, loadPaletteSearch, type PaletteSearch } from './palette-search.ts';

/** What choosing an option does: open a record's permalink, or go to a view. */
export type PaletteTarget =
  { kind: 'record'; id: string } | { kind: 'view'; to: ViewShortcut['to'] };

export interface PaletteOption {
  key: string;
  label: string;
  /** A second line: a quote's English translation. */
  detail?: string;
  target: PaletteTarget;
}

export interface PaletteGroup {
  key: string;
  /** The group's heading: the record type, as text, or "Commands". */
  heading: string;
  options: PaletteOption[];
}

function shorten(text: string): string {
  return text.length > 110 ? `${text.slice(0, 110)}…` : text;
}

/** The dataset's quick find index, once built; building starts on the palette's first opening. */
function usePaletteSearch(index: DatasetIndex | undefined): PaletteSearch | undefined {
  const [loaded, setLoaded] = useState<{ index: DatasetIndex; search: PaletteSearch }>();
  useEffect(() => {
    if (!index || builtPaletteSearch(index)) return;
    let current = true;
    void loadPaletteSearch(index).then((search) => {
      if (current) setLoaded({ index, search });
    });
    return () => {
      current = false;
    };
  }, [index]);
  if (!index) return undefined;
  return builtPaletteSearch(index) ?? (loaded?.index === index ? loaded.search : undefined);
}

/**
 * The palette's results for a query, records by type first, then the matching commands;
 * `ready` is false while the index is being built.
 */
export function usePaletteGroups(typed: string): { groups: PaletteGroup[]; ready: boolean } {
  const { locale } = useLocale();
  const t = useMessages(paletteMessages);
  const { goTo } = useMessages(viewMessages);
  const { data: index } = useDatasetIndexIfLoaded();
  const search = usePaletteSearch(index);
  const commands = useMemo(() => viewCommands(goTo), [goTo]);
  // A one-letter query matches thousands of records at scale: the input never waits for it.
  const query = useDeferredValue(typed);

  const groups = useMemo(() => {
    const groups: PaletteGroup[] = [];
    const hits = search && query.trim() !== '' ? search.search(query) : [];
    for (const group of hits) {
      const options: PaletteOption[] = [];
      for (const hit of group.hits) {
        const entry = index?.byId.get(hit.id);
        if (!entry || !index) continue;
        options.push({
          key: `${hit.type}:${hit.id}`,
          label: labelOf(entry, index, locale),
          detail: entry.type === 'quote' ? shorten(entry.record.translation) : undefined,
          target: { kind: 'record', id: hit.id },
        });
      }
      groups.push({ key: group.type, heading: vocabulary[locale].recordType(group.type), options });
    }
    const matching = matchCommands(commands, query);
    if (matching.length > 0) {
      groups.push({
        key: 'commands',
        heading: t.commands,
        options: matching.map((command) => ({
          key: command.id,
          label: command.label,
          target: { kind: 'view', to: command.to },
        })),
      });
    }
    return groups;
  }, [index, search, query, locale, commands, t.commands]);
  return { groups, ready: search !== undefined };
}
