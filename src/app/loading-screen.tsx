import { useMessages } from '../i18n/use-locale.ts';
import { shellMessages } from './messages.ts';

export function LoadingScreen() {
  const m = useMessages(shellMessages);
  return (
    <p role="status" className="loading">
      {m.loading}
    </p>
  );
}
