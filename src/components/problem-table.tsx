import type { Problem } from '../domain/problem.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';

/**
 * Problems of a data folder, one row each: file, record, field, and what is wrong. The
 * messages are check-data's own, in English, so that the screen and the command line match.
 */
export function ProblemTable({
  problems,
  caption,
}: {
  problems: readonly Problem[];
  caption: string;
}) {
  const { locale } = useLocale();
  const m = componentMessages[locale];
  return (
    <table className="problem-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.file}</th>
          <th scope="col">{m.record}</th>
          <th scope="col">{m.field}</th>
          <th scope="col">{m.expectedFound}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, i) => (
          <tr key={`${problem.file}-${problem.path}-${i}`}>
            <td>
              <code>{problem.file}</code>
            </td>
            <td>{problem.record ? <code>{problem.record}</code> : '—'}</td>
            <td>{problem.path ? <code>{problem.path}</code> : '—'}</td>
            <td lang="en">{problem.message}</td>
          </tr>
        ))}
      </tbody>
      {locale !== 'en' && (
        <tfoot>
          <tr>
            <td colSpan={4}>{m.problemsInEnglish}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
