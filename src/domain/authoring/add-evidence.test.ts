import { describe, expect, it } from 'vitest';
import type { DossierRecord } from '../dataset.ts';
import { withEvidence } from './add-evidence.ts';

const person: DossierRecord = {
  type: 'person',
  record: {
    id: 'patrick-pelata',
    name: 'Patrick Pélata',
    summary: { fr: 'Dirigeant.', en: 'Executive.' },
    evidence: [{ source: 'itespresso-pelata', passage: 'Patrick Pélata' }],
    voice: 'journalist',
  },
};

describe('adding a passage as evidence', () => {
  it('appends it to the record’s evidence, the rest unchanged', () => {
    const next = withEvidence(person, { source: 'new-source', passage: 'M. Pélata' });
    expect(next).toEqual({
      type: 'person',
      record: {
        ...person.record,
        evidence: [
          { source: 'itespresso-pelata', passage: 'Patrick Pélata' },
          { source: 'new-source', passage: 'M. Pélata' },
        ],
      },
    });
  });

  it('refuses a passage the record already cites there', () => {
    expect(
      withEvidence(person, { source: 'itespresso-pelata', passage: 'Patrick Pélata' }),
    ).toBeNull();
  });
});
