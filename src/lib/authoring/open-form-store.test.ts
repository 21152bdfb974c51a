import { describe, expect, it } from 'vitest';
import { parseOpenForms, type OpenForm } from '../../domain/authoring/open-form.ts';
import { upsert } from './open-form-store.ts';

const form: OpenForm = {
  id: 'f1',
  tab: 't1',
  request: { mode: 'edit', id: 'pelata-new-ground' },
  value: { translation: 'Half-typed' },
  at: 1,
};

describe('the open-form store', () => {
  it('reads back what was stored, and drops only the entries that do not pass', () => {
    const newRole = {
      id: 'f2',
      tab: 't1',
      request: { mode: 'new', type: 'position', fields: { title: 'CMO' } },
      value: { title: 'CMO' },
      at: 2,
    };
    const stored = [form, { ...form, id: 'f3', request: { mode: 'new', type: 'planet' } }, newRole];
    expect(parseOpenForms(stored)).toEqual([form, newRole]);
    expect(parseOpenForms(undefined)).toEqual([]);
    expect(parseOpenForms({ forms: [form] })).toEqual([]);
  });
  it('replaces a form in place by its id, and adds a new one last', () => {
    const changed = { ...form, value: { translation: 'Half-typed, more' }, at: 3 };
    const other = { ...form, id: 'f2' };
    expect(upsert([form, other], changed)).toEqual([changed, other]);
    expect(upsert([form], other)).toEqual([form, other]);
  });
});
