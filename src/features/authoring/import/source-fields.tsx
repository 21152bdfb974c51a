import { useId, type ReactNode } from 'react';
import { vocabulary } from '../../../domain/messages.ts';
import type { Source } from '../../../domain/records.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { FieldProblem } from './field-problem.tsx';
import { importMessages } from './messages.ts';

export type IdStatus = 'free' | 'saved' | 'draft' | 'reserved';

export interface SourceFieldValues {
  publication: string;
  title: string;
  language: string;
  url: string;
  genre: Source['genre'];
  id: string;
}

interface SourceFieldsProps {
  values: SourceFieldValues;
  onChange: (key: keyof SourceFieldValues, value: string) => void;
  languageGuess: string | null;
  genreGuess: Source['genre'] | null;
  idStatus: IdStatus;
  problemOf: (path: string) => string | undefined;
}

const GENRES: readonly Source['genre'][] = ['interview', 'profile', 'article'];

/** The source's metadata: where it appeared, its title and language, its id. */
export function SourceFields(props: SourceFieldsProps) {
  const { values, onChange, languageGuess, genreGuess, idStatus, problemOf } = props;
  const { locale } = useLocale();
  const t = importMessages[locale];
  const id = useId();
  const field = (
    key: keyof SourceFieldValues,
    label: string,
    hint: ReactNode,
    control?: ReactNode,
  ) => {
    const problem = problemOf(key);
    const describedBy = `${id}-${key}-hint ${id}-${key}-problem`;
    return (
      <div className={`import-field import-field--${key}`}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {control ?? (
          <input
            id={`${id}-${key}`}
            value={values[key]}
            onChange={(event) => onChange(key, event.target.value)}
            aria-invalid={problem !== undefined}
            aria-describedby={describedBy}
            type={key === 'url' ? 'url' : 'text'}
            spellCheck={key === 'id' || key === 'url' ? false : undefined}
          />
        )}
        <p className="hint" id={`${id}-${key}-hint`}>
          {hint}
        </p>
        <FieldProblem id={`${id}-${key}-problem`} message={problem} />
      </div>
    );
  };
  const idHint = {
    free: t.idFree(values.id),
    saved: t.idTakenSaved(values.id),
    draft: t.idTakenDraft(values.id),
    reserved: t.idReserved(values.id),
  }[idStatus];
  return (
    <div className="import-fields">
      {field('publication', t.publication, t.publicationHint)}
      {field('title', t.titleField, null)}
      {field(
        'language',
        t.language,
        languageGuess === null ? t.languageNoGuess : t.languageGuess(languageGuess),
      )}
      {field('url', t.url, t.urlHint)}
      {field(
        'genre',
        t.genre,
        genreGuess === null ? null : t.genreGuess(vocabulary[locale].sourceGenre(genreGuess)),
        <select
          id={`${id}-genre`}
          value={values.genre}
          aria-describedby={`${id}-genre-hint`}
          onChange={(event) => onChange('genre', event.target.value)}
        >
          {GENRES.map((genre) => (
            <option key={genre} value={genre}>
              {vocabulary[locale].sourceGenre(genre)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'id',
        t.id,
        <>
          <span className={idStatus === 'free' ? undefined : 'field-problem'}>{idHint}</span>{' '}
          {t.idHint}
        </>,
      )}
    </div>
  );
}
