import { describe, expect, it } from 'vitest';
import { exportBaseName, slugPart } from './file-name.ts';

describe('exportBaseName', () => {
  it('names the view and what narrows it', () => {
    expect(exportBaseName('timeline', ['patrick-hoffstetter'])).toBe(
      'dossier-timeline-patrick-hoffstetter',
    );
    expect(exportBaseName('quotes', [undefined, 'interviewee', 'Expérience client'])).toBe(
      'dossier-quotes-interviewee-experience-client',
    );
  });

  it('keeps only letters, digits and hyphens, and stays short', () => {
    expect(slugPart('../../etc/passwd «x»')).toBe('etc-passwd-x');
    const long = exportBaseName('quotes', ['mot '.repeat(60)]);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^dossier-quotes-mot(-mot)*$/);
  });
});
