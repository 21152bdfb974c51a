import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The first render of a view loads and checks the data folder (and imports the code that does
// it); on a loaded two-core CI machine that can take seconds. Waiting costs nothing when the
// element is already there.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout: the router's scroll restoration and scrollIntoView are no-ops here.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// jsdom has <dialog> but neither showModal() nor close(): what Chromium does with them, as far
// as ModalDialog relies on it: `open`, Escape as a cancelable `cancel` event that closes unless
// prevented, and focus given back on close. Inertness and the top layer are the browser
// tests' to check.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  const openers = new WeakMap<HTMLDialogElement, Element | null>();
  const escapeToCancel = (event: KeyboardEvent) => {
    const dialog = event.currentTarget;
    if (event.key !== 'Escape' || !(dialog instanceof HTMLDialogElement)) return;
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  };
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      openers.set(this, document.activeElement);
      this.setAttribute('open', '');
      this.addEventListener('keydown', escapeToCancel);
    },
    close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.removeEventListener('keydown', escapeToCancel);
      const opener = openers.get(this);
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      this.dispatchEvent(new Event('close'));
    },
  });
}
