import { useEffect, useRef, useState } from 'react';
import { referrersOf } from '../../../domain/authoring/drafts.ts';
import { recordsOf, type DossierRecord } from '../../../domain/dataset.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import { labelOf } from '../../../domain/record-label.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { formMessages } from './messages.ts';

interface DeleteRecordProps {
  entry: DossierRecord;
  /** The data with the drafts applied: a draft that refers to the record keeps it too. */
  index: DatasetIndex;
  onDelete: () => void;
}

/**
 * Deleting a record: refused, with the list of the records that refer to it, while there are
 * any; otherwise asked once more, then stored as a deletion draft.
 */
export function DeleteRecord({ entry, index, onDelete }: DeleteRecordProps) {
  const { locale } = useLocale();
  const m = formMessages[locale];
  const [step, setStep] = useState<'idle' | 'asked'>('idle');
  const [referrers, setReferrers] = useState<DossierRecord[]>([]);
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step === 'asked') answerRef.current?.focus();
  }, [step]);
  const label = labelOf(entry, index, locale);
  return (
    <div className="delete-record">
      {step === 'idle' ? (
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            setReferrers(referrersOf(recordsOf(index.dataset), entry.record.id));
            setStep('asked');
          }}
        >
          {m.delete}
        </button>
      ) : (
        <div ref={answerRef} tabIndex={-1} role="alert" className="delete-record__answer">
          {referrers.length > 0 ? (
            <>
              <p>{m.deleteRefused}</p>
              <ul>
                {referrers.map((referrer) => (
                  <li key={referrer.record.id}>
                    <a href={`/r/${referrer.record.id}`}>
                      {m.recordRef(referrer.type, labelOf(referrer, index, locale))}
                    </a>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => setStep('idle')}>
                {m.keep}
              </button>
            </>
          ) : (
            <>
              <p>{m.deleteConfirm(label)}</p>
              <button type="button" className="button-danger" onClick={onDelete}>
                {m.confirmDelete}
              </button>{' '}
              <button type="button" onClick={() => setStep('idle')}>
                {m.keep}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
