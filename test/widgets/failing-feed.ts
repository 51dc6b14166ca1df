import { feedThatFails } from '../../stories/feed-from-memory.js';

/**
 * A feed of its own that answers every document with `status`, at once, without the client's
 * retries: by default 503, a busy server, so a widget's error state with "Try again". Call it in
 * the test, after freshPage (which forgets every client).
 */
export function busyFeed(name: string, status = 503): string {
  return feedThatFails(new URL(`/busy-feed/${name}/`, location.href).href, status);
}
