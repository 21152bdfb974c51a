import { Link, useParams } from '@tanstack/react-router';
import { filterOf } from '../../domain/filter.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { permalinkMessages } from './messages.ts';

/** What `/r/<id>` shows when no record has that id: never a blank page, and ways back. */
export function UnknownRecordPage() {
  const { recordId } = useParams({ from: '/r/$recordId' });
  const t = useMessages(permalinkMessages);
  return (
    <section className="notice-page" aria-labelledby="unknown-record-title">
      <h1 id="unknown-record-title">{t.notFoundTitle(recordId)}</h1>
      <p>{t.notFoundBody}</p>
      <ul className="inline-list">
        <li>
          <Link to="/" search={filterOf}>
            {t.toOverview}
          </Link>
        </li>
        <li>
          <Link to="/timeline" search={filterOf}>
            {t.toTimeline}
          </Link>
        </li>
      </ul>
    </section>
  );
}
