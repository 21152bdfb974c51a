/**
 * The code the bench runs inside the page, as plain JavaScript source: it is injected with
 * `addInitScript` before any of the page's own scripts, so it sees the whole load. Kept as a
 * string rather than a function so that no transpiler helper leaks into the browser.
 *
 * Every time is `performance.now()`, i.e. milliseconds since the navigation started. "After
 * paint" is the usual approximation: a `setTimeout(0)` queued from the first
 * `requestAnimationFrame` after the DOM change runs once that frame has been produced.
 */

/** What "ready" means for a first-frame measurement. */
export interface ReadyCondition {
  /** Wait for an `<h1>` and for the app's "Loading records…" status to be gone. */
  appView: boolean;
  /** Wait until at least `minCount` elements with this class are in the document… */
  className?: string;
  minCount?: number;
  /**
   * …or, for a page that windows its items, until their number has not changed for this
   * long; the time reported is still that of the last change's frame.
   */
  settleMs?: number;
}

/** What the page reports for a first-frame measurement (all ms since navigation start). */
export interface FirstFrameResult {
  /** The DOM first met the condition (mutation observed). */
  dom: number;
  /** The next animation frame started. */
  raf: number;
  /** That frame was produced: the figure reported as "first frame". */
  paint: number;
  /** Elements of `className` seen when ready. */
  count: number;
  /** `count` reached `minCount` (false: the page windows its items, or there is no class). */
  complete: boolean;
  /** The `<h1>` text, for checking the view is the one asked for. */
  heading: string | null;
  /** The view showed an error screen instead (its heading). */
  error: string | null;
}

/** What the page reports for one interaction. */
export interface InteractionResult {
  /** `performance.now()` in a capture-phase keydown listener on window. */
  keydown: number;
  /** The event's own timestamp (when the browser received the input). */
  eventTimeStamp: number;
  /** The UI first reflected the change (mutation observed). */
  dom: number;
  /** The frame after it was produced. */
  paint: number;
}

/**
 * Kinds of change an interaction waits for; see `conditions` in the probe. `filter-view`: the
 * view's own content was drawn for the new filter (its `data-results-for` names the id);
 * `quote-list`: the quote list was drawn for what the search box now holds.
 */
export type InteractionCondition = 'filter-view' | 'quote-list';

const LOADING_TEXT = 'Loading records…';
const ERROR_HEADINGS = [
  'The data could not be loaded',
  'This view failed',
  'No page at this address',
];

export function probeScript(ready: ReadyCondition): string {
  return `(() => {
  const ready = ${JSON.stringify(ready)};
  const loadingText = ${JSON.stringify(LOADING_TEXT)};
  const errorHeadings = ${JSON.stringify(ERROR_HEADINGS)};
  const afterPaint = (done) => requestAnimationFrame(() => {
    const raf = performance.now();
    setTimeout(() => done(raf, performance.now()), 0);
  });
  const bench = { first: null, armed: null };
  Object.defineProperty(window, '__bench', { value: bench });

  const live = ready.className ? document.getElementsByClassName(ready.className) : null;
  const isLoading = () => {
    for (const el of document.querySelectorAll('[role=status]')) {
      if ((el.textContent || '').includes(loadingText)) return true;
    }
    return false;
  };
  const headingText = () => {
    const h1 = document.querySelector('h1');
    return h1 ? (h1.textContent || '').trim() : null;
  };
  // An error screen, a missing record or an unknown page: the view asked for is not there.
  const isErrorHeading = () => {
    const h1 = document.querySelector('h1');
    if (!h1) return false;
    return (
      errorHeadings.includes((h1.textContent || '').trim()) ||
      h1.closest('[role=alert]') !== null ||
      /(missing|not-found|error)-title$/.test(h1.id)
    );
  };
  // Each change in the number of items is timed to its frame; the page is ready at the first
  // change reaching minCount, or else (a windowed view) at the last change before settleMs of
  // quiet: the first frame showing everything the page chose to put in the DOM.
  let resolveFirst;
  bench.firstFrame = new Promise((resolve) => { resolveFirst = resolve; });
  let done = false;
  let last = null;
  let settleTimer = null;
  const finish = (change) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(settleTimer);
    const emit = () => {
      bench.first = {
        dom: change.dom,
        raf: change.raf,
        paint: change.paint,
        count: change.count,
        complete: !live || change.count >= (ready.minCount || 1),
        heading: change.heading,
        error: change.error,
      };
      resolveFirst(bench.first);
    };
    if (change.paint !== undefined) emit();
    else change.onPaint = emit;
  };
  const onMutation = () => {
    if (done) return;
    const heading = headingText();
    const error = ready.appView && heading !== null && isErrorHeading() ? heading : null;
    if (!error && ready.appView && (heading === null || isLoading())) return;
    const count = live ? live.length : 0;
    if (!error && live && count === 0) return;
    if (!error && last !== null && last.count === count) return;
    const change = { dom: performance.now(), count, heading, error };
    last = change;
    afterPaint((raf, paint) => {
      change.raf = raf;
      change.paint = paint;
      if (change.onPaint) change.onPaint();
    });
    if (error || !live || count >= (ready.minCount || 1)) return finish(change);
    if (ready.settleMs) {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => finish(last), ready.settleMs);
    }
  };
  const observer = new MutationObserver(onMutation);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['role'] });

  // Interactions: arm, then the harness sends the key, then awaits bench.result.
  const quoteCount = () =>
    document.querySelector('.quotes-count') ||
    [...document.querySelectorAll('main [role=status], [role=status]')].find((el) => /quote/i.test(el.textContent || '')) ||
    null;
  // The views mark what they were drawn for: data-results-for holds the filter's ids (the
  // overview) or the query (the quotes). A key counts as done when the marker has caught up.
  const resultsFor = () => {
    const el = document.querySelector('[data-results-for]');
    return el ? el.getAttribute('data-results-for') : null;
  };
  const searchBox = () => document.querySelector('input[type=search]');
  const conditions = {
    'filter-view': (armed) =>
      document.querySelector('[aria-label="Applied filters"] .chip') !== null &&
      (resultsFor() || '').split(' ').includes(armed.expected),
    'quote-list': (armed) => {
      const box = searchBox();
      if (!box || box.value === armed.before) return false;
      return resultsFor() === box.value.trim();
    },
  };
  bench.describe = () => ({ quoteCount: quoteCount() ? quoteCount().textContent : null });
  window.addEventListener('keydown', (event) => {
    const armed = bench.armed;
    if (!armed || armed.keydown !== null || event.key !== armed.key) return;
    armed.keydown = performance.now();
    armed.eventTimeStamp = event.timeStamp;
  }, true);
  bench.arm = (condition, key, timeoutMs, expected) => {
    if (bench.armed && bench.armed.observer) bench.armed.observer.disconnect();
    const armed = { condition, key, expected, keydown: null, eventTimeStamp: null, before: null, done: false };
    const box = searchBox();
    armed.before = box ? box.value : null;
    if (conditions[condition](armed)) throw new Error('condition ' + condition + ' already holds before the input');
    armed.result = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        armed.observer.disconnect();
        reject(new Error('timeout: ' + condition + ' not seen within ' + timeoutMs + ' ms'));
      }, timeoutMs);
      armed.observer = new MutationObserver(() => {
        if (armed.done || armed.keydown === null || !conditions[condition](armed)) return;
        armed.done = true;
        armed.observer.disconnect();
        const dom = performance.now();
        afterPaint((raf, paint) => {
          clearTimeout(timer);
          resolve({ keydown: armed.keydown, eventTimeStamp: armed.eventTimeStamp, dom, paint });
        });
      });
      armed.observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-results-for'] });
    });
    // A rejected promise nobody awaited yet must not surface as an unhandled rejection.
    armed.result.catch(() => {});
    bench.armed = armed;
    return true;
  };
  bench.result = () => bench.armed ? bench.armed.result : Promise.reject(new Error('not armed'));
})();`;
}
