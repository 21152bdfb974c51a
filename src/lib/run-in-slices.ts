/** How long one slice may hold the page's thread before handing it back, in ms. */
const SLICE_MS = 8;

/**
 * Runs a generator of steps to its end on the page, in slices of about `SLICE_MS`: between
 * slices the thread goes back to the page (input, rendering, the loading bar), so that a long
 * computation such as building the index never shows as one long task.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/**
 * A new task, without `setTimeout`'s clamping to 4 ms once nested: a message to ourselves.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
