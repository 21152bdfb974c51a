import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataErrorScreen } from './data-error-screen.tsx';

describe('DataErrorScreen', () => {
  it('names the file, the record and the field of each problem', () => {
    render(
      <DataErrorScreen
        problems={[
          {
            file: 'records/bfm-hoffstetter.json',
            record: 'hoffstetter-sfr',
            path: 'positions[1].end',
            message: 'ends before it starts: 1999 is before 2000',
          },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The data could not be loaded');
    const [, row] = screen.getAllByRole('row');
    if (!row) throw new Error('no problem row');
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'records/bfm-hoffstetter.json',
      'hoffstetter-sfr',
      'positions[1].end',
      'ends before it starts: 1999 is before 2000',
    ]);
  });

  it('offers a retry', async () => {
    const onRetry = vi.fn();
    render(
      <DataErrorScreen
        problems={[{ file: 'manifest.json', record: null, path: '', message: 'HTTP 404' }]}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
