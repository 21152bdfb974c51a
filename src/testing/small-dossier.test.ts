import { describe, expect, it } from 'vitest';
import { checkFolder } from '../domain/check-folder.ts';
import { readerOf } from './data-folder.ts';
import { smallDossierFiles } from './small-dossier.ts';

describe('the small dossier the view tests use', () => {
  it('passes the data check, every passage found in its source', async () => {
    const check = await checkFolder(readerOf(smallDossierFiles()));
    expect(check).toMatchObject({ ok: true });
  });
});
