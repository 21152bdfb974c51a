import { useCallback, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { withEvidence } from '../../../domain/authoring/add-evidence.ts';
import type { SourcedRecord } from '../../../domain/dataset.ts';
import type { Source } from '../../../domain/records.ts';
import { useRecordEditor } from '../../../components/record-editor.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useDraftState } from '../../../lib/authoring/use-drafts.ts';
import {
  useDataBase,
  useDatasetIndex,
  useSavedDatasetIndex,
} from '../../../lib/use-dataset-index.ts';
import { EvidencePicker } from './evidence-picker.tsx';
import { annotateMessages } from './messages.ts';
import { SelectionToolbar, type ToolbarType } from './selection-toolbar.tsx';
import { useKeyboardSelection } from './use-keyboard-selection.ts';
import { useTextSelection, type TextSelection } from './use-text-selection.ts';

/** Where the popover is docked at the bottom of the screen: the phone layout's width. */
const DOCKED = '(max-width: 48rem)';

interface SelectionToolsProps {
  source: Source;
  textElement: RefObject<HTMLElement | null>;
}

/**
 * What a selection in the text offers: the toolbar by a passage of one paragraph (flagged when
 * its words occur more than once), a message instead when it cannot be cited, the evidence
 * picker, and a drawn caret for keyboard selection.
 */
export function SelectionTools({ source, textElement }: SelectionToolsProps) {
  const { locale } = useLocale();
  const t = annotateMessages[locale];
  const id = useId();
  const editor = useRecordEditor();
  const index = useDatasetIndex();
  const saved = useSavedDatasetIndex();
  const { dispatch } = useDraftState(useDataBase());
  const selection = useTextSelection(source, textElement);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const reading = selection.kind === 'reading' ? selection.reading : null;
  const passage = reading?.kind === 'passage' ? reading : null;

  const toToolbar = useCallback(() => {
    const button = toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]');
    button?.focus();
    return button !== undefined && button !== null;
  }, []);
  useKeyboardSelection(textElement, toolbarRef, toToolbar);

  // Kept inside the text's box: the popover's width is known only once drawn. On a phone the
  // stylesheet docks it at the bottom of the screen instead (annotate.css), in sight whatever
  // part of the screen the selection is on, or at the top when the selection ends down there.
  useLayoutEffect(() => {
    const popover = popoverRef.current;
    const root = textElement.current;
    if (!popover || !root || selection.kind === 'none' || selection.kind === 'caret') return;
    if (window.matchMedia(DOCKED).matches) {
      popover.style.left = '';
      popover.style.top = '';
      // At the top instead when the selection's end is where the bar would cover it.
      const end = root.getBoundingClientRect().top + selection.box.top + selection.box.height;
      popover.dataset.dock = end > window.innerHeight - popover.offsetHeight - 8 ? 'top' : 'bottom';
      return;
    }
    delete popover.dataset.dock;
    const max = Math.max(0, root.clientWidth - popover.offsetWidth - 8);
    popover.style.left = `${Math.max(8, Math.min(selection.box.left - 24, max))}px`;
    popover.style.top = `${selection.box.top + selection.box.height + 8}px`;
  });

  const create = (type: ToolbarType) => {
    if (!passage || !editor) return;
    editor.open({
      mode: 'new',
      type,
      evidence: { source: source.id, passage: passage.passage },
      ...((type === 'person' || type === 'organization') && {
        fields: { name: passage.passage },
      }),
    });
  };
  const pick = async (entry: SourcedRecord, label: string) => {
    const evidence = { source: source.id, passage: picking ?? '' };
    setPicking(null);
    const next = withEvidence(entry, evidence);
    if (next === null) return setStatus(t.alreadyCited(label));
    try {
      await dispatch({ kind: 'put', entry: next, saved: saved.byId.get(entry.record.id) });
      setStatus(t.added(label));
    } catch {
      setStatus(t.storeFailed);
    }
  };

  const refusal = refusalOf(selection, t);
  const duplicate = passage && passage.occurrences.length > 1 ? passage.occurrences : null;
  return (
    <>
      <p role="status" className="annotate-status">
        {status}
      </p>
      {selection.kind === 'caret' && <CaretMark box={selection.box} />}
      <div
        ref={popoverRef}
        className="selection-popover"
        hidden={passage === null && refusal === null}
      >
        <p role="status" className="selection-refusal">
          {refusal}
        </p>
        {passage && (
          <>
            <p id={`${id}-selected`} className="visually-hidden">
              {t.selected(passage.passage)}
            </p>
            <SelectionToolbar
              ref={toolbarRef}
              canCreate={editor !== null}
              describedBy={duplicate ? `${id}-selected ${id}-duplicate` : `${id}-selected`}
              onCreate={create}
              onAddEvidence={() => setPicking(passage.passage)}
              onEscape={() => textElement.current?.focus({ preventScroll: true })}
            />
            {editor === null && <p className="selection-flag">{t.noEditor}</p>}
            {duplicate && (
              <p id={`${id}-duplicate`} className="selection-flag">
                {t.duplicate(
                  duplicate.length,
                  [...new Set(duplicate.map((o) => o.paragraph + 1))],
                  (duplicate[0]?.paragraph ?? 0) + 1,
                )}
              </p>
            )}
          </>
        )}
      </div>
      {picking !== null && (
        <EvidencePicker
          index={index}
          passage={picking}
          sourceLanguage={source.language}
          onPick={(entry, label) => void pick(entry, label)}
          onClose={() => setPicking(null)}
        />
      )}
    </>
  );
}

function refusalOf(selection: TextSelection, t: (typeof annotateMessages)['en']): string | null {
  if (selection.kind === 'beyond') return t.beyondText;
  if (selection.kind !== 'reading') return null;
  if (selection.reading.kind === 'across') return t.across(selection.reading.paragraphs);
  if (selection.reading.kind === 'chrome') return t.chrome;
  return null;
}

/** The keyboard caret, drawn where the collapsed selection is. */
function CaretMark({ box }: { box: { top: number; left: number; height: number } }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const mark = ref.current;
    if (!mark) return;
    mark.style.top = `${box.top}px`;
    mark.style.left = `${box.left}px`;
    mark.style.height = `${box.height}px`;
  });
  return <span ref={ref} className="annotate-caret" aria-hidden="true" />;
}
