import { ProblemTable } from '../../../components/problem-table.tsx';
import { useMessages } from '../../../i18n/use-locale.ts';
import type { SaveOutcome } from '../../../lib/authoring/edit-session.ts';
import { draftsMessages } from './messages.ts';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; files: number }
  | { status: 'failed'; outcome: Extract<SaveOutcome, { ok: false }> };

/** What became of the last save: announced politely when it worked, as an alert when not. */
export function SaveOutcomeMessage({ state }: { state: SaveState }) {
  const m = useMessages(draftsMessages);
  return (
    <>
      <p role="status" className="drafts-status">
        {state.status === 'saving' && m.saving}
        {state.status === 'saved' && m.saved(state.files)}
      </p>
      {state.status === 'failed' && <SaveFailure outcome={state.outcome} />}
    </>
  );
}

function SaveFailure({ outcome }: { outcome: Extract<SaveOutcome, { ok: false }> }) {
  const m = useMessages(draftsMessages);
  switch (outcome.reason) {
    case 'refused':
      return (
        <div role="alert" className="notice drafts-failure">
          <p>{m.refused}</p>
          <ProblemTable problems={outcome.problems} caption={m.problemsCaption} />
        </div>
      );
    case 'changed':
      return (
        <div role="alert" className="notice drafts-failure">
          <p>{m.changedOnDisk(outcome.file ?? outcome.message)}</p>
          <button type="button" onClick={() => location.reload()}>
            {m.reload}
          </button>
        </div>
      );
    case 'network':
      return (
        <p role="alert" className="notice drafts-failure">
          {m.networkError(outcome.message)}
        </p>
      );
    case 'error':
      return (
        <p role="alert" className="notice drafts-failure">
          {m.otherError(outcome.message)}
        </p>
      );
  }
}
