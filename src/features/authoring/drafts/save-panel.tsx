import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import { zipStore } from '../../../domain/export/zip.ts';
import type { Manifest } from '../../../domain/records.ts';
import { ProblemTable } from '../../../components/problem-table.tsx';
import { useMessages } from '../../../i18n/use-locale.ts';
import type { DraftAction } from '../../../lib/authoring/draft-store.ts';
import { editSessionQuery, saveToDataFolder } from '../../../lib/authoring/edit-session.ts';
import { fileVersionOf } from '../../../lib/authoring/file-versions.ts';
import { forgetSavedDataset } from '../../../lib/dataset-cache.ts';
import { datasetQueries } from '../../../lib/dataset-query.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { plannedSave } from './planned-folder.ts';
import { SaveOutcomeMessage, type SaveState } from './save-outcome.tsx';
import { useFolderCheck } from './use-folder-check.ts';
import { draftsMessages } from './messages.ts';

interface SavePanelProps {
  base: string;
  dataset: Dataset;
  /** `null` for a new dossier: the save writes its first manifest, with the title asked here. */
  manifest: Manifest | null;
  drafts: readonly Draft[];
  blocked: boolean;
  dispatch: (action: DraftAction) => Promise<void>;
}

/**
 * The files a save writes, check-data's verdict on the folder after it, **Save to data folder**
 * (under `npm run edit` only) and **Download changes** (always).
 */
export function SavePanel({ base, dataset, manifest, drafts, blocked, dispatch }: SavePanelProps) {
  const m = useMessages(draftsMessages);
  const headingId = useId();
  const titleId = useId();
  const queryClient = useQueryClient();
  const session = useQuery(editSessionQuery);
  const [title, setTitle] = useState(dataset.title);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const plan = useMemo(
    () => plannedSave(dataset, manifest, drafts, title),
    [dataset, manifest, drafts, title],
  );
  const check = useFolderCheck(dataset, manifest, drafts, title);

  const onSave = async () => {
    setSave({ status: 'saving' });
    const ids = drafts.map((draft) => draft.id);
    const outcome = await saveToDataFolder(plan.files, (path) => fileVersionOf(base, path));
    if (!outcome.ok) {
      setSave({ status: 'failed', outcome });
      return;
    }
    // The saved copy and the loaded dataset are both of the old folder: read it again, then
    // let go of the drafts it now holds.
    await forgetSavedDataset(new URL(base, location.href).href);
    await queryClient.invalidateQueries({ queryKey: datasetQueries.detail(base).queryKey });
    await dispatch({ kind: 'discard', ids });
    setSave({ status: 'saved', files: outcome.saved.length });
  };

  const onDownload = () => {
    const encoder = new TextEncoder();
    const zip = zipStore(
      plan.files.map((file) => ({ name: file.path, data: encoder.encode(file.content) })),
    );
    downloadFile('dossier-changes.zip', zip, 'application/zip');
  };

  const hasDrafts = drafts.length > 0;
  return (
    <section className="drafts-save" aria-labelledby={hasDrafts ? headingId : undefined}>
      {hasDrafts && (
        <>
          <h2 id={headingId}>{m.saveTitle}</h2>
          {manifest === null && (
            <p className="drafts-field">
              <label htmlFor={titleId}>{m.newTitle}</label>
              <input
                id={titleId}
                type="text"
                value={title}
                onChange={(event) => setTitle(event.target.value)}
              />
            </p>
          )}
          <p>{m.files(plan.files.length)}</p>
          <ul className="drafts-files">
            {plan.files.map((file) => (
              <li key={file.path}>
                <code>{file.path}</code>
              </li>
            ))}
          </ul>
          <h3>{m.checkTitle}</h3>
          {check.status === 'checking' && <p>{m.checking}</p>}
          {check.status === 'clean' && <p className="drafts-check--clean">{m.checkClean}</p>}
          {check.status === 'problems' && (
            <>
              <p>{m.checkProblems(check.problems.length)}</p>
              <ProblemTable problems={check.problems} caption={m.problemsCaption} />
            </>
          )}
          {blocked && <p className="notice">{m.resolveFirst}</p>}
          <div className="drafts-save__actions">
            {session.data ? (
              <button
                type="button"
                className="button-primary"
                disabled={blocked || save.status === 'saving'}
                onClick={() => void onSave()}
              >
                {m.saveToFolder}
              </button>
            ) : (
              session.isSuccess && <p className="drafts-note">{m.saveOff}</p>
            )}
            <button type="button" onClick={onDownload} aria-describedby={`${headingId}-zip`}>
              {m.download}
            </button>
          </div>
          <p id={`${headingId}-zip`} className="drafts-note">
            {m.downloadHint}
          </p>
        </>
      )}
      <SaveOutcomeMessage state={save} />
    </section>
  );
}
