import { BasisField } from './basis-field.tsx';
import { EvidenceField } from './evidence-field.tsx';
import type { FieldProps } from './form-env.ts';
import { FuzzyDateField } from './fuzzy-date-field.tsx';
import { ListField } from './list-field.tsx';
import { LocalizedField } from './localized-field.tsx';
import { ParagraphsField } from './paragraphs-field.tsx';
import { ReferenceField } from './reference-field.tsx';
import { SimpleField } from './simple-field.tsx';

interface FieldEditorProps extends FieldProps {
  hint?: string;
  hintId?: string;
  readOnly?: boolean;
}

/** The editor for a field, chosen by the kind of value the registry says it holds. */
export function FieldEditor(props: FieldEditorProps) {
  const { field } = props;
  switch (field.kind) {
    case 'localized':
      return (
        <LocalizedField
          {...props}
          empty={field.nullable ? 'null' : field.optional ? 'absent' : 'pair'}
          long={props.name === 'inference' || props.name === 'note'}
        />
      );
    case 'date':
      return <FuzzyDateField {...props} />;
    case 'basis':
      return <BasisField {...props} />;
    case 'reference':
    case 'references':
    case 'subject':
      return <ReferenceField {...props} />;
    case 'texts':
    case 'tags':
      return <ListField {...props} />;
    case 'evidence':
      return <EvidenceField {...props} />;
    case 'paragraphs':
      return <ParagraphsField {...props} />;
    default:
      return <SimpleField {...props} />;
  }
}
