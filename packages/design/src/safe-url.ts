/**
 * The feed's schemas already refuse other schemes; this is the last check before an `href`, so
 * that no code path can ever put a `javascript:` or `data:` URL in a link.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return parsed.href;
    if (parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1')) return parsed.href;
  } catch {
    // not a URL: no link
  }
  return undefined;
}
