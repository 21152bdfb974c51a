import { holdsAny, openFormsKeyOf } from './draft-database.ts';
import type { OpenForm, OpenFormRequest } from '../../domain/authoring/open-form.ts';

/** A record form's entry (not the import page's). */
export type OpenRecordForm = OpenForm & { request: Exclude<OpenFormRequest, { mode: 'import' }> };

export function isRecordForm(form: OpenForm): form is OpenRecordForm {
  return form.request.mode !== 'import';
}

const TAB_KEY = 'dossier-tab';
const CHANNEL = 'dossier-open-forms';

let tab: string | null = null;
/**
 * This tab's id: kept in sessionStorage, so it stays the same across a reload and when the
 * browser reloads a crashed tab, and differs in every other tab.
 */
export function tabId(): string {
  if (tab !== null) return tab;
  try {
    tab = sessionStorage.getItem(TAB_KEY);
    if (tab === null) {
      tab = crypto.randomUUID();
      sessionStorage.setItem(TAB_KEY, tab);
    }
  } catch {
    tab ??= crypto.randomUUID();
  }
  return tab;
}

const keyOf = openFormsKeyOf;

/**
 * The record forms left open over one data folder, in the drafts' IndexedDB store beside the
 * folder's drafts. Every change is read-modify-write in one queue, since other tabs write too.
 */
export interface OpenFormStore {
  list(): Promise<OpenForm[]>;
  put(form: OpenForm): Promise<void>;
  remove(id: string): Promise<void>;
}

const stores = new Map<string, OpenFormStore>();

/** The list after one form changed: replaced in place, or added last. */
export function upsert(forms: readonly OpenForm[], form: OpenForm): OpenForm[] {
  const at = forms.findIndex((item) => item.id === form.id);
  if (at === -1) return [...forms, form];
  return forms.map((item, i) => (i === at ? form : item));
}

/** The store's code (IndexedDB, the schemas) loads with its first use, not with the page. */
const code = () =>
  Promise.all([import('./draft-store.ts'), import('../../domain/authoring/open-form.ts')]).then(
    ([drafts, forms]) => ({ ...drafts, ...forms }),
  );

export function openFormStore(folder: string): OpenFormStore {
  const known = stores.get(folder);
  if (known) return known;
  let queue: Promise<unknown> = Promise.resolve();
  const read = async () => {
    // Nothing kept (the usual case): no need to load the code that reads it.
    if (!(await holdsAny([keyOf(folder)]))) return [];
    const { openDatabase, parseOpenForms, STORE } = await code();
    return parseOpenForms(await (await openDatabase()).get(STORE, keyOf(folder)));
  };
  const change = (next: (forms: OpenForm[]) => OpenForm[]): Promise<void> => {
    const run = queue.then(async () => {
      const { openDatabase, parseOpenForms, STORE } = await code();
      const db = await openDatabase();
      // One transaction: another tab's change cannot fall between the read and the write.
      const tx = db.transaction(STORE, 'readwrite');
      await tx.store.put(next(parseOpenForms(await tx.store.get(keyOf(folder)))), keyOf(folder));
      await tx.done;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const store: OpenFormStore = {
    list: () => {
      const run = queue.then(read);
      queue = run.catch(() => undefined);
      return run;
    },
    put: (form) => change((forms) => upsert(forms, form)),
    remove: (id) => change((forms) => forms.filter((item) => item.id !== id)),
  };
  stores.set(folder, store);
  return store;
}

/**
 * Answers other tabs asking which tabs are alive, so a form left by a closed or crashed tab
 * can be told from one still open elsewhere. Started once per page.
 */
let answering = false;
export function answerTabQueries(): void {
  if (answering || typeof BroadcastChannel === 'undefined') return;
  answering = true;
  const channel = new BroadcastChannel(CHANNEL);
  if ('unref' in channel && typeof channel.unref === 'function') channel.unref();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'who') channel.postMessage({ tab: tabId() });
  };
}

/** The ids of the other tabs that answer within `wait` ms. */
export function liveTabs(wait = 300): Promise<ReadonlySet<string>> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(new Set());
  return new Promise((resolve) => {
    const live = new Set<string>();
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (typeof data === 'object' && data !== null && 'tab' in data) {
        const id = data.tab;
        if (typeof id === 'string') live.add(id);
      }
    };
    channel.postMessage('who');
    setTimeout(() => {
      channel.close();
      resolve(live);
    }, wait);
  });
}
