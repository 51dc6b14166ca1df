import { FeedError } from '@c4eo/feed/light';
import type { FeedClient } from '@c4eo/feed';

/**
 * Words for an item's 404. When themes.json is missing too, the likelier slip is the feed's
 * address, not the id: saying "no item with this id" then sent people after the wrong thing.
 */
export async function notFoundError(client: FeedClient, id: string, error: FeedError, themes: Promise<PromiseSettledResult<unknown>[]>): Promise<FeedError> {
  const [names] = await themes;
  if (names?.status === 'rejected' && names.reason instanceof FeedError && names.reason.status === 404) {
    return new FeedError(
      'http',
      `Nothing was found at the feed address ${client.baseUrl}: it has neither themes.json nor evidence/${id}.json (404 Not Found). Check the widget's feed attribute or the src of its <c4eo-feed>.`,
      { status: 404, url: error.url },
    );
  }
  return new FeedError('http', `The feed has no evidence item with the id "${id}" (${error.url ?? `evidence/${id}.json`} answered 404 Not Found). Check the evidence attribute.`, {
    status: 404,
    url: error.url,
  });
}
