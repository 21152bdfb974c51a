/**
 * Measures a label's text as the timeline draws it (timeline.css: 0.8rem in the page's font), so
 * lanes are packed around the real width rather than a guess per character. Where no canvas is
 * available (jsdom) it answers `null` and packRows keeps its estimate.
 */
export function labelMeasurer(): ((text: string) => number) | null {
  if (typeof OffscreenCanvas === 'undefined' || typeof document === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  const root = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  context.font = `${0.8 * root}px ${getComputedStyle(document.body).fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}
