import { useId, type ReactNode } from 'react';
import { vocabulary } from '../../../domain/messages.ts';
import type { Source } from '../../../domain/records.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { FieldProblem } from '../../../domain/authoring/record-form.ts';
import { describedBy, problemId, problemsAt } from '../form/form-env.ts';
import { ProblemText } from '../form/problem-text.tsx';
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
  problems: readonly FieldProblem[];
}

const GENRES: readonly Source['genre'][] = ['interview', 'profile', 'article'];

/** The source's metadata: where it appeared, its title and language, its id. */
export function SourceFields(props: SourceFieldsProps) {
  const { values, onChange, languageGuess, genreGuess, idStatus, problems } = props;
  const { locale } = useLocale();
  const t = importMessages[locale];
  const id = useId();
  const field = (
    key: keyof SourceFieldValues,
    label: string,
    hint: ReactNode,
    control?: ReactNode,
  ) => {
    const mine = problemsAt(problems, key);
    const invalid = mine.length > 0;
    const described = describedBy(
      hint !== null && `${id}-${key}-hint`,
      invalid && problemId(`${id}-${key}`),
    );
    return (
      <div className={`import-field import-field--${key}`}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {control ?? (
          <input
            id={`${id}-${key}`}
            value={values[key]}
            onChange={(event) => onChange(key, event.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={described}
            type={key === 'url' ? 'url' : 'text'}
            spellCheck={key === 'id' || key === 'url' ? false : undefined}
          />
        )}
        {hint !== null && (
          <p className="hint" id={`${id}-${key}-hint`}>
            {hint}
          </p>
        )}
        <ProblemText id={problemId(`${id}-${key}`)} problems={mine} />
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
          aria-describedby={genreGuess === null ? undefined : `${id}-genre-hint`}
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
