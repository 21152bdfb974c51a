import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  formatSort,
  nextSort,
  parseSort,
  ProjectSortParamSchema,
} from './project-sort-param.ts';

describe('project sort param', () => {
  it('reads a column, with "-" for descending, and writes it back the same', () => {
    expect(parseSort('-dates')).toEqual({ column: 'dates', desc: true });
    expect(parseSort('owner')).toEqual({ column: 'owner', desc: false });
    expect(formatSort({ column: 'dates', desc: true })).toBe('-dates');
    expect(parseSort(undefined)).toBe(DEFAULT_SORT);
  });

  it('accepts only known columns in the URL', () => {
    expect(ProjectSortParamSchema.safeParse('-voice').success).toBe(true);
    expect(ProjectSortParamSchema.safeParse('evidence').success).toBe(false);
    expect(ProjectSortParamSchema.safeParse('--status').success).toBe(false);
  });

  it('turns the sorted column around on a click, and sorts another one ascending', () => {
    expect(nextSort({ column: 'dates', desc: false }, 'dates')).toEqual({
      column: 'dates',
      desc: true,
    });
    expect(nextSort({ column: 'dates', desc: true }, 'dates')).toEqual({
      column: 'dates',
      desc: false,
    });
    expect(nextSort({ column: 'dates', desc: true }, 'owner')).toEqual({
      column: 'owner',
      desc: false,
    });
  });
});
