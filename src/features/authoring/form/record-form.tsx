import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import {
  entryOf,
  formProblems,
  suggestId,
  type FieldProblem,
  type FormValue,
} from '../../../domain/authoring/record-form.ts';
import type { DossierRecord } from '../../../domain/dataset.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import {
  evidenceOf,
  fieldValue,
  specOfType,
  type FieldSpec,
  type RecordType,
} from '../../../domain/registry.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { vocabulary } from '../../../domain/messages.ts';
import type { DraftAction } from '../../../lib/authoring/draft-store.ts';
import { useReportChanges } from '../../../lib/use-report-changes.ts';
import { DeleteRecord } from './delete-record.tsx';
import { FieldEditor } from './field-editor.tsx';
import { FormEnvContext, problemsUnder, type FormEnv } from './form-env.ts';
import { formMessages } from './messages.ts';
import { ProblemText } from './problem-text.tsx';
import './record-form.css';

export interface RecordFormProps {
  type: RecordType;
  /** The record being edited; absent for a new one. */
  editing?: DossierRecord;
  initial: FormValue;
  /** The data folder as saved, and with every draft applied. */
  saved: DatasetIndex;
  index: DatasetIndex;
  drafts: readonly Draft[];
  dispatch: (action: DraftAction) => Promise<void>;
  onClose: () => void;
  onSaved?: (id: string) => void;
  /** Told every change of the value, to keep the form across a reload or a crashed tab. */
  onChange?: (value: FormValue) => void;
  /** When the value given as `initial` was last changed, for a form opened again. */
  restoredAt?: number;
}

/**
 * A record form, generated from the type's fields in the registry: each field's editor, its
 * problems live from the same schema and integrity checks as check-data, Save draft (refused
 * while a problem is left, focus then on the first one), Cancel, and Delete for a record that
 * exists.
 */
export function RecordForm(props: RecordFormProps) {
  const { type, editing, initial, saved, index, drafts, dispatch, onClose, onSaved } = props;
  const { onChange, restoredAt } = props;
  const { locale } = useLocale();
  const m = formMessages[locale];
  const spec = specOfType(type);
  const formId = useId();
  const titleId = `${formId}-title`;
  const [value, setValue] = useState<FormValue>(initial);
  const [idEdited, setIdEdited] = useState(
    editing !== undefined || fieldValue(initial, 'id') !== '',
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const isNew = editing === undefined;
  const effective = useMemo(
    () => (idEdited ? value : { ...value, id: suggestId(type, value, saved.dataset, drafts) }),
    [idEdited, value, type, saved, drafts],
  );
  const deferred = useDeferredValue(effective);
  const problems = useMemo(
    () => formProblems(type, deferred, saved.dataset, drafts, isNew),
    [type, deferred, saved, drafts, isNew],
  );
  const env = useMemo(
    (): FormEnv => ({ index, drafts, evidence: evidenceOf(spec, effective)[0]?.item }),
    [index, drafts, spec, effective],
  );

  // Every change is kept (the first value is the one the form opened with).
  useReportChanges(value, onChange);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const shownProblems = (name: string): FieldProblem[] =>
    submitted || touched.has(name) ? problemsUnder(problems, name) : [];
  const recordProblems = submitted ? problems.filter((problem) => problem.path === '') : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = formProblems(type, effective, saved.dataset, drafts, isNew);
    const entry = entryOf(type, effective);
    setSubmitted(true);
    if (now.length > 0 || entry === undefined) {
      setFocusRequest((n) => n + 1);
      return;
    }
    try {
      await dispatch({ kind: 'put', entry, saved: saved.byId.get(entry.record.id) });
    } catch {
      setFailed(true);
      return;
    }
    onClose();
    onSaved?.(entry.record.id);
  };

  const voice = fieldValue(effective, 'voice');
  const names = Object.keys(spec.fields).filter(
    (name) =>
      name !== 'id' &&
      (name !== 'inference' || voice === 'inferred' || fieldValue(effective, name) !== undefined),
  );
  const field = (name: string): FieldSpec | undefined =>
    Object.getOwnPropertyDescriptor(spec.fields, name)?.value;
  const editorFor = (name: string, spec?: FieldSpec) => {
    if (!spec) return null;
    const hint =
      name === 'voice'
        ? vocabulary[locale].voiceExplained
        : name === 'inference'
          ? m.inferenceHint
          : name === 'id'
            ? isNew
              ? m.idHint
              : m.idFixed
            : undefined;
    return (
      <FieldEditor
        key={name}
        type={type}
        name={name}
        field={spec}
        label={spec.label?.[locale] ?? name}
        inputId={`${formId}-${name}`}
        hint={hint}
        hintId={`${formId}-${name}-hint`}
        readOnly={name === 'id' && !isNew}
        value={fieldValue(effective, name)}
        onChange={(next) => {
          if (name === 'id') setIdEdited(true);
          setValue((old) => ({ ...old, [name]: next }));
          setTouched((old) => (old.has(name) ? old : new Set([...old, name])));
        }}
        problems={shownProblems(name)}
      />
    );
  };
  const count = problems.length;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="record-form-dialog">
      <FormEnvContext.Provider value={env}>
        <form ref={formRef} className="record-form" noValidate onSubmit={submit}>
          <h2 id={titleId} className="record-form__title">
            {isNew ? m.newTitle(type) : m.editTitle(type)}
          </h2>
          {restoredAt !== undefined ? (
            <p className="record-form__restored">{m.restored(new Date(restoredAt))}</p>
          ) : null}
          <div className="record-form__fields">
            {names.map((name) => editorFor(name, field(name)))}
            {editorFor('id', field('id'))}
          </div>
          <ProblemText id={`${formId}-record-problem`} problems={recordProblems} />
          {submitted && count > 0 ? (
            <p className="record-form__summary" role="status">
              {m.problemsSummary(count)}
            </p>
          ) : null}
          {failed ? (
            <p className="record-form__summary" role="alert">
              {m.saveFailed}
            </p>
          ) : null}
          <div className="record-form__actions">
            <button type="submit" className="button-primary">
              {m.saveDraft}
            </button>
            <button type="button" onClick={onClose}>
              {m.cancel}
            </button>
            {editing ? (
              <DeleteRecord
                entry={editing}
                index={index}
                onDelete={() => {
                  void dispatch({
                    kind: 'delete',
                    type,
                    id: editing.record.id,
                    saved: saved.byId.get(editing.record.id),
                  }).then(onClose, () => setFailed(true));
                }}
              />
            ) : null}
          </div>
        </form>
      </FormEnvContext.Provider>
    </ModalDialog>
  );
}
