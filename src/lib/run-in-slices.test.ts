import { describe, expect, it } from 'vitest';
import { runInSlices } from './run-in-slices.ts';

function* countTo(n: number): Generator<void, number, void> {
  let total = 0;
  for (let i = 1; i <= n; i += 1) {
    total += i;
    yield;
  }
  return total;
}

describe('runInSlices', () => {
  it('runs every step and resolves with what the steps return', async () => {
    await expect(runInSlices(countTo(10_000))).resolves.toBe(50_005_000);
  });

  it('rejects with the error a step throws', async () => {
    function* failing(): Generator<void, number, void> {
      yield;
      throw new Error('broken record');
    }
    await expect(runInSlices(failing())).rejects.toThrow('broken record');
  });
});
