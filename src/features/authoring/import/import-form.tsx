import { useId, useMemo, useRef, useState } from 'react';
import { guessLanguage } from '../../../domain/authoring/guess-language.ts';
import {
  countLostDashes,
  guessGenre,
  guessKinds,
  repairLostDashes,
  splitParagraphs,
  uniqueSlug,
  type ParagraphKind,
} from '../../../domain/authoring/import-text.ts';
import { lostDashNote } from '../../../domain/authoring/import-notes.ts';
import type { Draft } from '../../../domain/authoring/drafts.ts';
import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import { REGISTRY } from '../../../domain/registry.ts';
import type { Source } from '../../../domain/records.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { ImportedText } from '../../../lib/authoring/read-import-file.ts';
import { useReportChanges } from '../../../lib/use-report-changes.ts';
import { problemsAt, problemsUnder } from '../form/form-env.ts';
import { FuzzyDateField } from '../form/fuzzy-date-field.tsx';
import { checkImport, type ImportInput } from './import-model.ts';
import type { KeptImport } from './kept-import.ts';
import { importMessages } from './messages.ts';
import { ParagraphRoles } from './paragraph-roles.tsx';
import { SourceFields, type IdStatus, type SourceFieldValues } from './source-fields.tsx';
import { TextInput } from './text-input.tsx';

interface ImportFormProps {
  /** The data folder as saved, and the drafts over it: what the source is checked against. */
  saved: Dataset;
  drafts: readonly Draft[];
  /** Whether an id is free, or whose it already is. */
  idStatus: (id: string) => IdStatus;
  /** Stores the checked source as a draft (and moves on to annotate it). */
  onImport: (source: Source) => Promise<void>;
  /** What a reload or a crashed tab interrupted, to go on from. */
  initial?: KeptImport;
  /** Told every change, to keep the form across a reload or a crashed tab. */
  onKeep?: (kept: KeptImport) => void;
}

type Genre = Source['genre'];

/** The import page's form: text in, paragraphs and metadata checked, a source draft out. */
export function ImportForm({
  saved,
  drafts,
  idStatus,
  onImport,
  initial,
  onKeep,
}: ImportFormProps) {
  const { locale } = useLocale();
  const t = importMessages[locale];
  const id = useId();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [text, setText] = useState(initial?.text ?? '');
  const [roles, setRoles] = useState<ReadonlyMap<string, ParagraphKind>>(
    () => new Map(initial?.roles),
  );
  const [publication, setPublication] = useState(initial?.publication ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  // Null while the user has not set it: the guess from the text stands.
  const [language, setLanguage] = useState<string | null>(initial?.language ?? null);
  const [genre, setGenre] = useState<Genre | null>(initial?.genre ?? null);
  const [slug, setSlug] = useState<string | null>(initial?.slug ?? null);
  const [published, setPublished] = useState<unknown>(initial?.published);
  const [repairedDashes, setRepairedDashes] = useState(initial?.repairedDashes ?? 0);

  // Every change is kept; what the form opened with needs no writing.
  const kept = useMemo(
    (): KeptImport => ({
      text,
      roles: [...roles],
      publication,
      title,
      url,
      language,
      genre,
      slug,
      published,
      repairedDashes,
    }),
    [text, roles, publication, title, url, language, genre, slug, published, repairedDashes],
  );
  useReportChanges(kept, onKeep);
  const [attempted, setAttempted] = useState(false);
  const [storeFailed, setStoreFailed] = useState(false);

  const texts = useMemo(() => splitParagraphs(text), [text]);
  const guess = useMemo(() => guessKinds(texts, publication), [texts, publication]);
  const paragraphs = texts.map((paragraph, i) => ({
    text: paragraph,
    kind: roles.get(paragraph) ?? guess.kinds[i] ?? 'body',
  }));
  const kinds = paragraphs.map((p) => p.kind);
  const languageGuess = useMemo(() => guessLanguage(text), [text]);
  const genreGuess = texts.length === 0 ? null : guessGenre(kinds, text);
  const lostDashes = countLostDashes(text);
  const sourceId =
    slug ?? uniqueSlug(title || publication, (s) => idStatus(s) !== 'free', 'source');
  const values: SourceFieldValues = {
    publication,
    title,
    language: language ?? languageGuess ?? '',
    url,
    genre: genre ?? genreGuess ?? 'article',
    id: sourceId,
  };
  const input: ImportInput = {
    ...values,
    published,
    paragraphs,
    repairedDashes,
  };
  const check = checkImport(input, saved, drafts);
  const problems: readonly FieldProblem[] = attempted && !check.ok ? check.problems : [];

  const change = (key: keyof SourceFieldValues, value: string) => {
    if (key === 'publication') setPublication(value);
    else if (key === 'title') setTitle(value);
    else if (key === 'url') setUrl(value);
    else if (key === 'language') setLanguage(value);
    else if (key === 'id') setSlug(value);
    else if (key === 'genre') {
      const next = (['interview', 'profile', 'article'] as const).find((g) => g === value);
      if (next) setGenre(next);
    }
  };
  const readFile = (file: ImportedText) => {
    setText(file.paragraphs.join('\n\n'));
    setRoles(new Map());
    if (file.title && title === '') setTitle(file.title);
    if (file.publication && publication === '') setPublication(file.publication);
    if (file.language && language === null) setLanguage(file.language);
  };
  const submit = async () => {
    setAttempted(true);
    setStoreFailed(false);
    if (!check.ok) {
      summaryRef.current?.focus();
      return;
    }
    try {
      await onImport(check.source);
    } catch {
      setStoreFailed(true);
    }
  };

  return (
    <form
      className="import-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <header className="page-header">
        <p className="eyebrow">{t.eyebrow}</p>
        <h1 id={`${id}-title`}>{t.title}</h1>
        <p className="hint">{t.intro}</p>
      </header>
      <div className="import-layout">
        <section className="import-panel" aria-labelledby={`${id}-text-heading`}>
          <h2 id={`${id}-text-heading`}>{t.textHeading}</h2>
          <TextInput
            text={text}
            onText={setText}
            onFile={readFile}
            problems={problemsAt(problems, 'paragraphs')}
          />
          {lostDashes > 0 && (
            <div className="notice import-dashes" role="status">
              <p>{t.lostDashes(lostDashes)}</p>
              <button
                type="button"
                onClick={() => {
                  setText(repairLostDashes(text));
                  setRepairedDashes((n) => n + lostDashes);
                }}
              >
                {t.repair(lostDashes)}
              </button>
            </div>
          )}
          {repairedDashes > 0 && (
            <div className="import-repaired">
              <p>{t.repaired(repairedDashes)}</p>
              <blockquote>{lostDashNote(repairedDashes)[locale]}</blockquote>
            </div>
          )}
        </section>
        <section className="import-panel" aria-labelledby={`${id}-details-heading`}>
          <h2 id={`${id}-details-heading`}>{t.details}</h2>
          <SourceFields
            values={values}
            onChange={change}
            languageGuess={languageGuess}
            genreGuess={genreGuess}
            idStatus={idStatus(sourceId)}
            problems={problems}
          />
          <FuzzyDateField
            type="source"
            name="published"
            field={REGISTRY.sources.fields.published}
            label={t.published}
            inputId={`${id}-published`}
            value={published}
            onChange={setPublished}
            problems={problemsUnder(problems, 'published')}
          />
        </section>
      </div>
      <section className="import-panel" aria-labelledby={`${id}-paragraphs-heading`}>
        <h2 id={`${id}-paragraphs-heading`}>{t.paragraphs(paragraphs.length)}</h2>
        {paragraphs.length > 0 && <p className="hint">{t.paragraphsHint}</p>}
        {guess.speakers.length > 0 && (
          <p className="hint">{t.speakers(guess.speakers.join(', '))}</p>
        )}
        <ParagraphRoles
          paragraphs={paragraphs}
          language={values.language}
          onKind={(i, kind) => {
            const paragraph = texts[i];
            if (paragraph !== undefined) setRoles(new Map(roles).set(paragraph, kind));
          }}
          problemsOf={(i) => problemsUnder(problems, `paragraphs.${i}`)}
        />
      </section>
      <div className="import-actions">
        <p ref={summaryRef} tabIndex={-1} className="field-problem" role="alert">
          {problems.length > 0 ? t.problems(problems.length) : storeFailed ? t.storeFailed : null}
        </p>
        <button type="submit">{t.importButton}</button>
      </div>
    </form>
  );
}
