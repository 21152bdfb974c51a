import { Fragment, useId, type ReactNode } from 'react';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { useMessages } from '../../i18n/use-locale.ts';
import { shortcutMessages } from './messages.ts';
import { viewMessages } from '../../lib/messages.ts';
import { VIEW_SHORTCUTS } from '../../lib/shortcut-keys.ts';

/** Keys pressed together or in turn: `Ctrl` `K`, `g` then `t`. */
function Keys({ keys, joiner }: { keys: readonly string[]; joiner: string }) {
  return (
    <>
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && ` ${joiner} `}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** Every shortcut with its keys, opened with `?`. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useMessages(shortcutMessages);
  const { goTo } = useMessages(viewMessages);
  const titleId = useId();
  const rows: { id: string; keys: ReactNode; action: string }[] = [
    {
      id: 'palette',
      keys: (
        <>
          <Keys keys={['Ctrl', 'K']} joiner="+" /> {t.or} <Keys keys={['⌘', 'K']} joiner="+" />{' '}
          {t.or} <kbd>/</kbd>
        </>
      ),
      action: t.openPalette,
    },
    ...VIEW_SHORTCUTS.map((shortcut) => ({
      id: shortcut.view,
      keys: <Keys keys={['g', shortcut.key]} joiner={t.then} />,
      action: goTo(shortcut.view),
    })),
    { id: 'undo', keys: <Keys keys={['Ctrl', 'Z']} joiner="+" />, action: t.undo },
    {
      id: 'redo',
      keys: (
        <>
          <Keys keys={['Ctrl', 'Shift', 'Z']} joiner="+" /> {t.or}{' '}
          <Keys keys={['Ctrl', 'Y']} joiner="+" />
        </>
      ),
      action: t.redo,
    },
    { id: 'help', keys: <kbd>?</kbd>, action: t.openHelp },
    { id: 'escape', keys: <kbd>{t.escapeKey}</kbd>, action: t.closeDialog },
  ];
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="help-overlay">
      <div className="help-overlay__bar">
        <h2 id={titleId}>{t.helpTitle}</h2>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <p>{t.helpIntro}</p>
      <table className="help-overlay__table">
        <thead>
          <tr>
            <th scope="col">{t.keysColumn}</th>
            <th scope="col">{t.actionColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.keys}</td>
              <td>{row.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
