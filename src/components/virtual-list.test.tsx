import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VIRTUAL_THRESHOLD, VirtualList } from './virtual-list.tsx';

const items = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

describe('VirtualList', () => {
  it('renders a short list whole', () => {
    render(
      <VirtualList
        aria-label="Things"
        items={items(20)}
        keyOf={(x) => x}
        estimateSize={40}
        renderItem={(x) => x}
      />,
    );
    expect(
      within(screen.getByRole('list', { name: 'Things' })).getAllByRole('listitem'),
    ).toHaveLength(20);
  });

  it('renders only the rows near the viewport of a long list, telling their place', () => {
    const count = VIRTUAL_THRESHOLD * 20;
    render(
      <VirtualList
        aria-label="Things"
        items={items(count)}
        keyOf={(x) => x}
        estimateSize={40}
        renderItem={(x) => x}
      />,
    );
    const rows = within(screen.getByRole('list', { name: 'Things' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute('aria-setsize', String(count));
    expect(rows[0]).toHaveTextContent('item-0');
  });
});
