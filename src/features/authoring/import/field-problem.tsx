/** A field's problem, under it; an empty element when there is none, so it can be referred to. */
export function FieldProblem({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} className="field-problem" hidden={message === undefined}>
      {message}
    </p>
  );
}
