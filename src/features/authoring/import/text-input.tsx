import { useEffect, useId, useState } from 'react';
import { useMessages } from '../../../i18n/use-locale.ts';
import { readImportFile, type ImportedText } from '../../../lib/authoring/read-import-file.ts';
import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import { describedBy, problemId } from '../form/form-env.ts';
import { ProblemText } from '../form/problem-text.tsx';
import { importMessages } from './messages.ts';

interface TextInputProps {
  text: string;
  onText: (text: string) => void;
  /** A file read: its paragraphs become the text, its page's metadata fill empty fields. */
  onFile: (file: ImportedText) => void;
  problems: readonly FieldProblem[];
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** The text, pasted or read from a file chosen or dropped anywhere on the page. */
export function TextInput({ text, onText, onFile, problems }: TextInputProps) {
  const t = useMessages(importMessages);
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const read = async (file: File) => {
    try {
      const imported = await readImportFile(file);
      if (imported === null) {
        setStatus(t.fileRefused(file.name));
        return;
      }
      onFile(imported);
      setStatus(t.fileRead(file.name, imported.encoding, imported.paragraphs.length));
    } catch {
      setStatus(t.fileFailed(file.name));
    }
  };
  const readRef = useLatest(read);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void readRef.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [readRef]);

  return (
    <div className="import-text">
      {dragging && (
        <p className="import-drop" aria-hidden="true">
          {t.dropHere}
        </p>
      )}
      <div className="import-field">
        <label htmlFor={`${id}-file`}>{t.file}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby={`${id}-file-hint ${id}-status`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
        />
        <p className="hint" id={`${id}-file-hint`}>
          {t.fileHint}
        </p>
        <p id={`${id}-status`} role="status" className="import-status">
          {status}
        </p>
      </div>
      <div className="import-field">
        <label htmlFor={`${id}-text`}>{t.text}</label>
        <textarea
          id={`${id}-text`}
          rows={12}
          value={text}
          onChange={(event) => onText(event.target.value)}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={describedBy(
            `${id}-text-hint`,
            problems.length > 0 && problemId(`${id}-text`),
          )}
        />
        <p className="hint" id={`${id}-text-hint`}>
          {t.textHint}
        </p>
        <ProblemText id={problemId(`${id}-text`)} problems={problems} />
      </div>
    </div>
  );
}

/** A ref that always holds the latest value, for listeners set up once. */
function useLatest<T>(value: T): { readonly current: T } {
  const [ref] = useState(() => ({ current: value }));
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
