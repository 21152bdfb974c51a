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
