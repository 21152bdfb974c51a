import { describe, expect, it } from 'vitest';
import { isWebAddress } from './web-address.ts';

describe('isWebAddress', () => {
  it.each(['https://www.itespresso.fr/x.html', 'http://bfmbusiness.bfmtv.com/'])(
    'links %s',
    (url) => {
      expect(isWebAddress(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/',
    'not a url',
  ])('never links %s', (url) => {
    expect(isWebAddress(url)).toBe(false);
  });
});
