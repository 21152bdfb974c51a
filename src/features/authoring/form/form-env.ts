import { createContext, useContext } from 'react';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import type { Evidence } from '../../../domain/records.ts';
import type { FieldSpec, RecordType } from '../../../domain/registry.ts';

/** What every field of an open form may need: the records it can point at, and its form. */
export interface FormEnv {
  /** The saved data with every draft applied: what pickers search and evidence checks read. */
  index: DatasetIndex;
  drafts: readonly Draft[];
  /** The form's first passage: a record created from one of its pickers cites it too. */
  evidence?: Evidence;
}

export const FormEnvContext = createContext<FormEnv | null>(null);

export function useFormEnv(): FormEnv {
  const env = useContext(FormEnvContext);
  if (env === null) throw new Error('a form field outside its record form');
  return env;
}

/** What the form hands each field editor. */
export interface FieldProps {
  type: RecordType;
  name: string;
  field: FieldSpec;
  /** The field's label in the interface's language. */
  label: string;
  /** The id of the field's first control; sub-controls add a suffix. */
  inputId: string;
  value: unknown;
  onChange: (next: unknown) => void;
  /** The field's problems, their paths below the field (`fr`, `value`, `0.passage`, ``). */
  problems: readonly FieldProblem[];
}

/** Problems exactly at `sub` below the field. */
export function problemsAt(problems: readonly FieldProblem[], sub = ''): FieldProblem[] {
  return problems.filter((problem) => problem.path === sub);
}

/** Problems at `sub` or below it. */
export function problemsUnder(problems: readonly FieldProblem[], sub: string): FieldProblem[] {
  return problems
    .filter((problem) => problem.path === sub || problem.path.startsWith(`${sub}.`))
    .map((problem) => ({ ...problem, path: problem.path.slice(sub.length + 1) }));
}

/** The id of the message under a control. */
export function problemId(inputId: string): string {
  return `${inputId}-problem`;
}

/** `aria-describedby` for a control: its hint and its problem, those that are there. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length === 0 ? undefined : present.join(' ');
}

export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A string field of an object value, or ''. */
export function stringAt(value: unknown, key: string): string {
  if (!isObject(value)) return '';
  const found: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
  return typeof found === 'string' ? found : '';
}
