import { CatchBoundary, useRouterState, type ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-locale.ts';
import { shellMessages } from './messages.ts';

/**
 * Keeps a failing part of the shell (the filter bar, the link notices) from taking the whole
 * page down: without it the error would reach the root route's boundary, which replaces the
 * header, the navigation and every view. Moving to another URL tries the part again.
 */
export function ShellPartBoundary({ name, children }: { name: string; children: ReactNode }) {
  const href = useRouterState({ select: (state) => state.location.href });
  const m = useMessages(shellMessages);
  const Failed = ({ reset }: ErrorComponentProps) => (
    <p className="shell-part-error" role="alert">
      {m.partFailed(name)}{' '}
      <button type="button" className="link-button" onClick={reset}>
        {m.retry}
      </button>
    </p>
  );
  return (
    <CatchBoundary getResetKey={() => href} errorComponent={Failed}>
      {children}
    </CatchBoundary>
  );
}
