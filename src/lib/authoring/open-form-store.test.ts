import { describe, expect, it } from 'vitest';
import type { OpenForm } from '../../domain/authoring/open-form.ts';
import { upsert } from './open-form-store.ts';

const form: OpenForm = {
  id: 'f1',
  tab: 't1',
  request: { mode: 'edit', id: 'pelata-new-ground' },
  value: { translation: 'Half-typed' },
  at: 1,
};

describe('the open-form store', () => {
  it('replaces a form in place by its id, and adds a new one last', () => {
    const changed = { ...form, value: { translation: 'Half-typed, more' }, at: 3 };
    const other = { ...form, id: 'f2' };
    expect(upsert([form, other], changed)).toEqual([changed, other]);
    expect(upsert([form], other)).toEqual([form, other]);
  });
});
