import { describe, expect, it } from 'vitest';
import { suspicionOf } from './content-checks.ts';

describe('suspicionOf', () => {
  it.each([
    ['<script>alert(1)</script>', 'looks like HTML or script'],
    ['<IMG SRC=x OnError=alert(1)>', 'looks like HTML or script'],
    ['voir < svg onload=alert(1)>', 'looks like HTML or script'],
    ['<div onclick="x()">', 'looks like HTML or script'],
    ['lien javascript:alert(1)', 'looks like HTML or script'],
    ['Ada \u202eecalevoL', 'bidirectional control U+202E'],
    ['Ada \u2067isolée', 'bidirectional control U+2067'],
    ['Ac\u200bme', 'invisible character U+200B'],
    ['\ufeffAcme', 'invisible character U+FEFF'],
    ['bell\u0007', 'control character U+0007'],
  ])('flags %j', (text, message) => {
    expect(suspicionOf(text)).toContain(message);
  });

  it.each([
    'Patrick Pélata, directeur général délégué de Renault',
    'Le langage JavaScript : un atout, dit-il.',
    'onze = 11, et 3 < 5 > 2',
    'Une ligne\nune autre\tet une tabulation',
    'عربي et עברית, écrits de droite à gauche',
    '👩‍💻 émoji avec liant',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(suspicionOf(text)).toBeNull();
  });
});
