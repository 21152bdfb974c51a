import { isObject, type FieldProps } from './form-env.ts';
import { ProvenanceFields } from './provenance-fields.tsx';

/** Whether a claim that is not a date (a status, a post being current) is stated or inferred. */
export function BasisField({ type, label, inputId, value, onChange, problems }: FieldProps) {
  return (
    <fieldset className="form-field basis-field">
      <legend>{label}</legend>
      <ProvenanceFields
        type={type}
        inputId={inputId}
        value={isObject(value) ? value : { certainty: 'stated' }}
        onChange={onChange}
        problems={problems}
      />
    </fieldset>
  );
}
