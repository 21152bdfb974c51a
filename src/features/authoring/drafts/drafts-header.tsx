import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { filterOf } from '../../../domain/filter.ts';
import { useMessages } from '../../../i18n/use-locale.ts';
import { setPreview, useDraftState, usePreview } from '../../../lib/authoring/use-drafts.ts';
import { useDataBaseIfValid } from '../../../lib/use-dataset-index.ts';
import { draftsHeaderMessages } from './header/messages.ts';
import './drafts.css';

/**
 * The header's **Drafts** link with the number of unsaved changes, and, while there are some,
 * the switch that shows the views with the saved data alone.
 */
export function DraftsHeader() {
  const base = useDataBaseIfValid();
  return base === null ? null : <DraftsHeaderOf base={base} />;
}

function DraftsHeaderOf({ base }: { base: string }) {
  const m = useMessages(draftsHeaderMessages);
  const { state } = useDraftState(base);
  const preview = usePreview();
  const switchId = useId();
  const count = state.drafts.length;
  return (
    <div className="drafts-header" role="group" aria-label={m.headerGroup}>
      <Link
        to="/drafts"
        search={filterOf}
        className={`drafts-header__link${count > 0 ? ' drafts-header__link--some' : ''}`}
        title={m.count(count)}
      >
        {m.link} <span className="drafts-header__count">{count}</span>
      </Link>
      {(count > 0 || !preview) && (
        <span className="drafts-header__switch">
          <input
            id={switchId}
            type="checkbox"
            checked={!preview}
            onChange={(event) => setPreview(!event.target.checked)}
          />
          <label htmlFor={switchId} title={m.savedOnlyHint}>
            {m.savedOnly}
          </label>
        </span>
      )}
    </div>
  );
}
