import type { Problem } from '../domain/problem.ts';

/** Problems of a data folder, one row each: file, record, field, and what is wrong. */
export function ProblemTable({
  problems,
  caption,
}: {
  problems: readonly Problem[];
  caption: string;
}) {
  return (
    <table className="problem-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Record</th>
          <th scope="col">Field</th>
          <th scope="col">Expected / found</th>
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
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
