import { useEffect, useId, useState } from 'react';
import { useRecordEditor } from '../../../components/record-editor.tsx';
import { useNavigate } from '@tanstack/react-router';
import type { OpenForm } from '../../../domain/authoring/open-form.ts';
import { idSeedOf } from '../../../domain/authoring/record-form.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import { labelOf, recordTypeName } from '../../../domain/record-label.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import {
  isRecordForm,
  liveTabs,
  openFormStore,
  tabId,
} from '../../../lib/authoring/open-form-store.ts';
import { keptImportLabel } from '../import/kept-import.ts';
import { draftsMessages } from './messages.ts';

/** What a left form is about: its type, and the name typed so far (or the record it edits). */
function describe(form: OpenForm, preview: DatasetIndex, locale: Locale, unnamed: string) {
  if (form.request.mode === 'import')
    return { type: 'source' as const, label: keptImportLabel(form.value) || unnamed };
  if (form.request.mode === 'edit') {
    const entry = preview.byId.get(form.request.id);
    if (!entry) return null;
    return { type: entry.type, label: labelOf(entry, preview, locale) };
  }
  const { type } = form.request;
  const seed = idSeedOf(type, form.value);
  return { type, label: seed === type ? unnamed : seed };
}

/**
 * The record forms a closed or crashed tab left open, unsaved: each can be resumed in this tab
 * (it opens as it was left) or discarded. Forms still open in a live tab are not listed.
 */
export function LeftForms({ base, preview }: { base: string; preview: DatasetIndex }) {
  const { locale } = useLocale();
  const m = draftsMessages[locale];
  const editor = useRecordEditor();
  const navigate = useNavigate();
  const headingId = useId();
  const [forms, setForms] = useState<readonly OpenForm[]>([]);
  useEffect(() => {
    let live = true;
    const store = openFormStore(base);
    Promise.all([store.list(), liveTabs()]).then(
      ([list, tabs]) => {
        if (live) setForms(list.filter((form) => form.tab !== tabId() && !tabs.has(form.tab)));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [base]);
  const shown = forms.flatMap((form) => {
    const about = describe(form, preview, locale, m.unnamed);
    return about ? [{ form, ...about }] : [];
  });
  if (shown.length === 0 || editor === null) return null;
  const drop = (id: string) => setForms((list) => list.filter((form) => form.id !== id));
  return (
    <section className="draft-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.leftForms(shown.length)}</h2>
      <p className="drafts-note">{m.leftFormsIntro}</p>
      <ul className="draft-list">
        {shown.map(({ form, type, label }) => (
          <li key={form.id} className="draft-item">
            <div className="draft-item__head">
              <span className="badge badge--type">{recordTypeName(type, locale)}</span>
              <h3 className="draft-item__label">{label}</h3>
            </div>
            <p className="drafts-note">{m.leftFormAt(new Date(form.at))}</p>
            <div className="draft-item__actions">
              <button
                type="button"
                aria-label={m.resumeLabel(label)}
                onClick={() => {
                  drop(form.id);
                  if (isRecordForm(form)) {
                    editor.resume(form);
                    return;
                  }
                  // The import page takes this tab's latest kept form.
                  void openFormStore(base)
                    .put({ ...form, tab: tabId(), at: Date.now() })
                    .catch(() => undefined)
                    .then(() => navigate({ to: '/sources/new', search: (previous) => previous }));
                }}
              >
                {m.resume}
              </button>
              <button
                type="button"
                aria-label={m.discardFormLabel(label)}
                onClick={() => {
                  drop(form.id);
                  openFormStore(base)
                    .remove(form.id)
                    .catch(() => undefined);
                }}
              >
                {m.discard}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
