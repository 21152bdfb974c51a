/**
 * Whether a URL from the data may become a link: http(s) only. The schema already refuses
 * anything else; views check again so that no `javascript:` or `data:` address can ever reach
 * an `href`, whatever the path the value took.
 */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
