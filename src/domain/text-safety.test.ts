import { describe, expect, it } from 'vitest';
import { IdSchema } from './records.ts';
import {
  charactersOf,
  codePointOf,
  CONTROLS,
  LAYOUT_CONTROLS,
  spellOut,
  ZERO_WIDTH,
} from './text-safety.ts';

describe('charactersOf', () => {
  it('finds a character of the classes, unless it is of the exceptions', () => {
    const control = charactersOf([CONTROLS], { except: [LAYOUT_CONTROLS] });
    expect(control.exec('a\tb\nc\u0007')?.[0]).toBe('\u0007');
    expect(control.test('tab\tand\r\nbreaks')).toBe(false);
  });

  it('replaces every one with the g flag', () => {
    expect(spellOut('a\u200Bb\u2060c', charactersOf([ZERO_WIDTH], { flags: 'g' }))).toBe(
      'a<U+200B>b<U+2060>c',
    );
  });
});

describe('codePointOf', () => {
  it('writes the code point as Unicode does, astral ones whole', () => {
    expect(codePointOf('\u00AD')).toBe('U+00AD');
    expect(codePointOf('👩')).toBe('U+1F469');
  });
});

describe('an id’s error message', () => {
  it('spells out the zero-width joiner, which a notice would keep', () => {
    const result = IdSchema.safeParse('ab\u200Dc');
    expect(result.error?.issues[0]?.message).toContain('"ab<U+200D>c"');
  });
});
