import { isFeedError, mayPassByItself } from '@c4eo/feed/light';

/**
 * Who can put a failure right, which decides what a widget's error view offers and says:
 * - `time`: it may pass by itself (mayPassByItself: the network, a time-out, 429, 5xx…), so the
 *   visitor gets "Try again". An error that is not a FeedError (a fault of the library's own) is
 *   offered a retry too, as before: nothing says that it will recur.
 * - `page`: an attribute or the feed's address in the page is wrong (the error names no
 *   document); its author, who reads the message, changes the page.
 * - `page-or-feed`: a document is missing, refused or unreadable: the page may point at the wrong
 *   place, or the feed may be wrong; the page's author checks the one and tells the feed's publisher of the other.
 */
export type Mender = 'time' | 'page' | 'page-or-feed';

export function whoCanMend(error: unknown): Mender {
  if (!isFeedError(error) || mayPassByItself(error)) return 'time';
  // A request the page's Content-Security-Policy refused names its document, but only the page can allow it.
  return error.url === undefined || error.kind === 'blocked' ? 'page' : 'page-or-feed';
}

/** What the error view says after the message when "Try again" is not offered: why not, and who can act. */
export const NO_RETRY_ADVICE: Record<Exclude<Mender, 'time'>, string> = {
  page: 'Trying again will not help: whoever looks after this page can put it right.',
  'page-or-feed': "Trying again will not help: whoever looks after this page can check the widget's feed address and attributes, and if they are right, tell the feed's publisher.",
};
