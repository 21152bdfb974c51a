import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  formatSort,
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
});
