import { expect } from '@open-wc/testing';
import { FeedClient, getFeedClient, isFeedError, resetFeedClients, type FeedClientOptions, type FeedError, type FeedErrorKind } from '@c4eo/feed';

/** The fixtures, served by web-test-runner's dev server. */
const BASE = new URL('./fixtures/', import.meta.url).href;

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that records each call and hands it to `answer` (the real fetch unless told otherwise). */
function recordingFetch(answer: (url: string, init: RequestInit | undefined, call: number) => Promise<Response> = (url, init) => fetch(url, init)) {
  const calls: Call[] = [];
  const wrapped = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, init });
    return answer(url, init, calls.length);
  };
  return { calls, fetch: wrapped as typeof fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch that never answers, but gives up when its signal aborts, as the real one does. */
function hangingFetch(url: string, init: RequestInit | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
  });
}

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (!isFeedError(error)) throw error;
    return error;
  }
  throw new Error('expected the load to fail');
}

function client(options: FeedClientOptions = {}, base = BASE): FeedClient {
  return getFeedClient(base, { retryDelayMs: 1, ...options });
}

function expectReadableMessage(error: FeedError, url: string): void {
  expect(error.message).to.include(url);
  expect(error.message).not.to.match(/undefined|null|NaN|\[object|within 0 /);
  expect(error.message).to.match(/^[A-Z"]/);
  expect(error.message.split(' ').length).to.be.at.least(5);
}

describe('FeedClient', () => {
  afterEach(() => resetFeedClients());

  describe('reading documents from a server', () => {
    it('loads themes.json under the base URL', async () => {
      const loaded = await client().load('themes');
      expect(loaded.url).to.equal(`${BASE}themes.json`);
      expect(loaded.data.themes.map((theme) => theme.id)).to.deep.equal(['early-years']);
      expect(loaded.leftOut).to.deep.equal([]);
    });

    it('hands over the valid items and says what it left out', async () => {
      const loaded = await client().load('evidence-list');
      expect(loaded.data.items.map((item) => item.id)).to.deep.equal(['kr-early-years-1', 'vlp-early-years-1']);
      expect(loaded.leftOut).to.have.length(1);
      expect(loaded.leftOut[0]).to.include({ path: 'items[1]', id: 'kr-early-years-2' });
    });

    // Most widgets show only what they kept: without this, an invalid or repeated item vanished
    // from the page without a word to whoever built it.
    it('warns once per document, in the console, what it left out and why', async () => {
      const event = { id: 'rkw-1', type: 'webinar', title: 'A webinar', start: '2027-01-14T10:00:00Z', end: '2027-01-14T11:00:00Z', online: true, status: 'scheduled' };
      const events = { feed: 'c4eo', version: '1.0', generated: '2026-11-20T09:00:00Z', events: [event, { ...event, title: 'Again' }] };
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const feed = client({ fetch: recordingFetch(async () => json(events)).fetch });
        await feed.load('events');
        await feed.load('events');
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([
        [
          `C4EO feed: ${BASE}events.json: 1 left out as invalid:`,
          [{ path: 'events[1]', id: 'rkw-1', type: 'webinar', reason: 'repeats the id "rkw-1" of an earlier event (events[0]), which is kept', repeated: true }],
        ],
      ]);
    });

    it('loads one evidence item from evidence/{id}.json', async () => {
      const loaded = await client().load('evidence-item', 'kr-early-years-1');
      expect(loaded.url).to.equal(`${BASE}evidence/kr-early-years-1.json`);
      expect(loaded.data.item.rating).to.deep.equal({ scheme: 'eef', impactMonths: 4, cost: 2, evidence: 3 });
    });

    it('adds the trailing slash a base URL lacks', async () => {
      const withoutSlash = BASE.slice(0, -1);
      const feed = client({}, withoutSlash);
      expect(feed.baseUrl).to.equal(BASE);
      expect((await feed.load('events')).url).to.equal(`${BASE}events.json`);
      expect(getFeedClient(BASE)).to.equal(feed);
    });

    it('resolves a relative base URL against the page', async () => {
      const feed = client({}, '/test/feed/fixtures');
      expect(feed.baseUrl).to.equal(new URL('/test/feed/fixtures/', document.baseURI).href);
      expect((await feed.load('themes')).data.themes).to.have.length(1);
    });

    it('reports 404 for a document the feed lacks, without retrying', async () => {
      const recorder = recordingFetch();
      const error = await rejection(client({ fetch: recorder.fetch }).load('evidence-item', 'no-such-item'));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(recorder.calls).to.have.length(1);
      expectReadableMessage(error, `${BASE}evidence/no-such-item.json`);
    });

    it('reads a body that arrives in pieces, whole characters kept where a piece splits one, a byte-order mark dropped', async () => {
      const document = (await (await fetch(`${BASE}themes.json`)).json()) as { themes: { title: string }[] };
      const title = 'Children’s centres – café-style drop-ins 🧸';
      document.themes[0]!.title = title;
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(document))]);
      // Seven bytes a piece: the three- and four-byte characters above fall across pieces.
      const pieces = (): ReadableStream<Uint8Array> =>
        new ReadableStream({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
            controller.close();
          },
        });
      const recorder = recordingFetch(() => Promise.resolve(new Response(pieces(), { headers: { 'Content-Type': 'application/json' } })));
      const loaded = await client({ fetch: recorder.fetch }).load('themes');
      expect(loaded.data.themes[0]?.title).to.equal(title);
    });

    it('reports a body cut off midway as a network failure, in words', async () => {
      const cutOff = (): ReadableStream<Uint8Array> =>
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"feed": "c4eo", "version": "1.0", "themes": ['));
            controller.error(new TypeError('network error'));
          },
        });
      const recorder = recordingFetch(() => Promise.resolve(new Response(cutOff())));
      const error = await rejection(client({ fetch: recorder.fetch, retries: 0 }).load('themes'));
      expect(error.kind).to.equal('network');
      expectReadableMessage(error, `${BASE}themes.json`);
    });

    it('refuses a kind of document that does not exist, naming the kinds there are', async () => {
      const error = await rejection(client().load('evidence' as 'evidence-list'));
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.equal('"evidence" is not a kind of feed document: use one of themes, evidence-list, evidence-item, areas, indicators, indicator-data, events.');
    });

    it('throws a FeedError, not a TypeError, for a base URL that is not a web address', () => {
      let thrown: unknown;
      try {
        getFeedClient('http://[not-a-host/');
      } catch (error) {
        thrown = error;
      }
      expect(isFeedError(thrown)).to.equal(true);
      expect((thrown as FeedError).message).to.contain('"http://[not-a-host/" cannot be used: it is not a web address');
    });

    it('warns when options are passed for a client that already exists, which does not use them', () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const first = client();
        expect(getFeedClient(BASE)).to.equal(first);
        expect(warnings).to.deep.equal([]);
        expect(getFeedClient(BASE, { retries: 0 })).to.equal(first);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('already exists, so these options are not used');
    });

    it('fetches with CORS and without credentials', async () => {
      const recorder = recordingFetch();
      await client({ fetch: recorder.fetch }).load('themes');
      expect(recorder.calls).to.have.length(1);
      expect(recorder.calls[0]?.init).to.include({ mode: 'cors', credentials: 'omit' });
    });
  });

  describe('one request per document', () => {
    it('asks once when two widgets load the same document at the same time and later', async () => {
      const recorder = recordingFetch();
      const first = client({ fetch: recorder.fetch });
      const second = getFeedClient(BASE);
      expect(second).to.equal(first);
      const [a, b] = await Promise.all([first.load('themes'), second.load('themes')]);
      const c = await second.load('themes');
      expect(recorder.calls).to.have.length(1);
      expect(b).to.equal(a);
      expect(c).to.equal(a);
      expect(first.requestCount).to.equal(1);
    });

    it('asks once for each different document', async () => {
      const recorder = recordingFetch();
      const feed = client({ fetch: recorder.fetch });
      await Promise.all([feed.load('themes'), feed.load('events'), feed.load('themes'), feed.load('evidence-item', 'kr-early-years-1')]);
      expect(recorder.calls.map((call) => call.url).sort()).to.deep.equal([
        `${BASE}events.json`, `${BASE}evidence/kr-early-years-1.json`, `${BASE}themes.json`,
      ]);
    });

    it('shares one client and one request between two copies of the library on a page', async () => {
      const copyUrl = new URL('../../packages/feed/src/client.ts?copy=2', import.meta.url).href;
      const copy = (await import(copyUrl)) as typeof import('@c4eo/feed');
      // A real second copy: its own module instance, its own FeedClient class.
      expect(copy.FeedClient).to.be.a('function');
      expect(copy.FeedClient).not.to.equal(FeedClient);

      const recorder = recordingFetch();
      const ours = client({ fetch: recorder.fetch });
      const theirs = copy.getFeedClient(BASE);
      expect(theirs).to.equal(ours);
      await Promise.all([ours.load('themes'), theirs.load('themes')]);
      expect(recorder.calls).to.have.length(1);

      copy.resetFeedClients();
      expect(getFeedClient(BASE)).not.to.equal(ours);
    });

    it('asks again after a failed load', async () => {
      const recorder = recordingFetch((url, init, call) => (call === 1 ? Promise.resolve(new Response('gone', { status: 404 })) : fetch(url, init)));
      const feed = client({ fetch: recorder.fetch });
      expect((await rejection(feed.load('themes'))).kind).to.equal('http');
      expect((await feed.load('themes')).data.themes).to.have.length(1);
      expect(recorder.calls).to.have.length(2);
    });
  });

  describe('time-outs and retries', () => {
    it('gives up on a server that does not answer, as a time-out', async () => {
      const recorder = recordingFetch(hangingFetch);
      const error = await rejection(client({ fetch: recorder.fetch, timeoutMs: 50, retries: 0 }).load('themes'));
      expect(error.kind).to.equal('timeout');
      expect(recorder.calls).to.have.length(1);
      expectReadableMessage(error, `${BASE}themes.json`);
    });

    it('tries a time-out again before giving up', async () => {
      const recorder = recordingFetch(hangingFetch);
      const error = await rejection(client({ fetch: recorder.fetch, timeoutMs: 50 }).load('themes'));
      expect(error.kind).to.equal('timeout');
      expect(recorder.calls).to.have.length(3);
    });

    it('tries a 503 three times in all, then reports it', async () => {
      const recorder = recordingFetch(() => Promise.resolve(new Response('busy', { status: 503 })));
      const error = await rejection(client({ fetch: recorder.fetch }).load('themes'));
      expect(recorder.calls).to.have.length(3);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(503);
      expectReadableMessage(error, `${BASE}themes.json`);
    });

    it('succeeds when a 503 is followed by the document', async () => {
      const recorder = recordingFetch((url, init, call) => (call === 1 ? Promise.resolve(new Response('busy', { status: 503 })) : fetch(url, init)));
      const loaded = await client({ fetch: recorder.fetch }).load('themes');
      expect(loaded.data.themes).to.have.length(1);
      expect(recorder.calls).to.have.length(2);
    });

    it('does not retry a 404', async () => {
      const recorder = recordingFetch(() => Promise.resolve(new Response('missing', { status: 404 })));
      const error = await rejection(client({ fetch: recorder.fetch }).load('themes'));
      expect(error.status).to.equal(404);
      expect(recorder.calls).to.have.length(1);
    });

    it('retries the answers that mean "not now" (408, 425, 429), not those that mean "no" (403, 410)', async () => {
      for (const status of [408, 425, 429]) {
        const recorder = recordingFetch(() => Promise.resolve(new Response('later', { status })));
        const error = await rejection(client({ fetch: recorder.fetch }, `${BASE}status-${status}/`).load('themes'));
        expect(error.status).to.equal(status);
        expect(recorder.calls, `${status}: asked three times`).to.have.length(3);
      }
      for (const status of [403, 410]) {
        const recorder = recordingFetch(() => Promise.resolve(new Response('no', { status })));
        await rejection(client({ fetch: recorder.fetch }, `${BASE}status-${status}/`).load('themes'));
        expect(recorder.calls, `${status}: asked once`).to.have.length(1);
      }
    });

    it('waits as long as a 429 answer\'s Retry-After asks before asking again', async () => {
      const times: number[] = [];
      const recorder = recordingFetch((url, init, call) => {
        times.push(performance.now());
        return call === 1 ? Promise.resolve(new Response('later', { status: 429, headers: { 'Retry-After': '1' } })) : fetch(url, init);
      });
      const loaded = await client({ fetch: recorder.fetch }).load('themes');
      expect(loaded.data.themes).to.have.length(1);
      expect(recorder.calls).to.have.length(2);
      expect(times[1]! - times[0]!, 'waited the second the server asked for').to.be.at.least(990);
    });

    it('stops at once, saying how long the server asks to wait, when that is longer than a visitor waits', async () => {
      const later = new Date(Date.now() + 10 * 60_000).toUTCString();
      for (const [status, retryAfter, words] of [[429, '120', '2 minutes'], [503, later, '10 minutes']] as const) {
        const recorder = recordingFetch(() => Promise.resolve(new Response('later', { status, headers: { 'Retry-After': retryAfter } })));
        const error = await rejection(client({ fetch: recorder.fetch }, `${BASE}wait-${status}/`).load('themes'));
        expect(recorder.calls, `${status}: asked once`).to.have.length(1);
        expect(error.status).to.equal(status);
        expect(error.message).to.include(`The server asks for ${words} before the next request.`);
        expect(error.retryable, 'Try again is still offered').to.equal(true);
        expectReadableMessage(error, `${BASE}wait-${status}/themes.json`);
      }
    });

    it('waits its own time when a Retry-After cannot be read or is past', async () => {
      for (const [status, retryAfter] of [[429, 'soon'], [503, 'Wed, 21 Oct 2015 07:28:00 GMT']] as const) {
        const recorder = recordingFetch(() => Promise.resolve(new Response('later', { status, headers: { 'Retry-After': retryAfter } })));
        const error = await rejection(client({ fetch: recorder.fetch }, `${BASE}odd-${status}/`).load('themes'));
        expect(recorder.calls, `${status} ${retryAfter}: asked three times`).to.have.length(3);
        expect(error.message).not.to.include('asks for');
      }
    });

    it('does not retry a document that is not a C4EO feed', async () => {
      const recorder = recordingFetch(() => Promise.resolve(json({ feed: 'other' })));
      const error = await rejection(client({ fetch: recorder.fetch }).load('themes'));
      expect(error.kind).to.equal('not-c4eo');
      expect(recorder.calls).to.have.length(1);
    });

    it('reports a network error after retrying', async () => {
      const recorder = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = await rejection(client({ fetch: recorder.fetch }).load('themes'));
      expect(error.kind).to.equal('network');
      expect(recorder.calls).to.have.length(3);
      expectReadableMessage(error, `${BASE}themes.json`);
    });

    it('honours a retries option of 0', async () => {
      const recorder = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      await rejection(client({ fetch: recorder.fetch, retries: 0 }).load('themes'));
      expect(recorder.calls).to.have.length(1);
    });
  });

  describe('cancelling', () => {
    it('lets one caller stop waiting while another still gets the document', async () => {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const recorder = recordingFetch(async (url, init) => {
        await gate;
        return fetch(url, init);
      });
      const feed = client({ fetch: recorder.fetch });
      const controller = new AbortController();
      const cancelled = feed.load('themes', undefined, { signal: controller.signal });
      const kept = feed.load('themes');
      controller.abort();
      const error = await rejection(cancelled);
      expect(error.kind).to.equal('aborted');
      open();
      expect((await kept).data.themes).to.have.length(1);
      expect(recorder.calls).to.have.length(1);
      expect(recorder.calls[0]?.init?.signal?.aborted).to.equal(false);
    });

    it('refuses at once with a signal that is already aborted', async () => {
      const recorder = recordingFetch();
      const feed = client({ fetch: recorder.fetch });
      const error = await rejection(feed.load('themes', undefined, { signal: AbortSignal.abort() }));
      expect(error.kind).to.equal('aborted');
      expectReadableMessage(error, `${BASE}themes.json`);
    });
  });

  describe('refreshing', () => {
    it('hands over a fresh copy when the refresh succeeds, and later loads get it', async () => {
      let version = '1.0';
      const recorder = recordingFetch(async (url, init) => {
        const body = (await (await fetch(url, init)).json()) as Record<string, unknown>;
        return json({ ...body, version });
      });
      const feed = client({ fetch: recorder.fetch });
      expect((await feed.load('themes')).data.version).to.equal('1.0');
      version = '1.1';
      const refreshed = await feed.refresh('themes');
      expect(refreshed.data.version).to.equal('1.1');
      expect(refreshed.staleBecause).to.equal(undefined);
      expect((await feed.load('themes')).data.version).to.equal('1.1');
    });

    it('keeps the last good copy, marked stale, when the refresh fails', async () => {
      let failing = false;
      const recorder = recordingFetch((url, init) => (failing ? Promise.resolve(new Response('busy', { status: 503 })) : fetch(url, init)));
      const feed = client({ fetch: recorder.fetch });
      const good = await feed.load('themes');
      failing = true;
      const stale = await feed.refresh('themes');
      expect(stale.data).to.deep.equal(good.data);
      expect(stale.staleBecause?.kind).to.equal('http');
      expect(stale.staleBecause?.status).to.equal(503);
      expect((await feed.load('themes')).staleBecause).to.equal(undefined);
    });

    it('fails a refresh when there was never a good copy', async () => {
      const recorder = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = await rejection(client({ fetch: recorder.fetch }).refresh('themes'));
      expect(error.kind).to.equal('network');
    });
  });

  describe('identifiers', () => {
    it('refuses an evidence id that is not an identifier, clearly and without a request', async () => {
      const recorder = recordingFetch();
      const feed = client({ fetch: recorder.fetch });
      const error = await rejection(feed.load('evidence-item', '../themes'));
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.include('"../themes"');
      expect(error.message).to.match(/lower-case letters, digits and hyphens/);
      expect(recorder.calls).to.have.length(0);
      expect(feed.requestCount).to.equal(0);
    });

    it('refuses to load an evidence item without an id, saying so', async () => {
      const recorder = recordingFetch();
      const error = await rejection(client({ fetch: recorder.fetch }).load('evidence-item'));
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.match(/id/);
      expect(error.message).not.to.match(/undefined/);
      expect(recorder.calls).to.have.length(0);
    });

    it('refuses an indicator id with upper-case letters without a request', async () => {
      const recorder = recordingFetch();
      const error = await rejection(client({ fetch: recorder.fetch }).load('indicator-data', 'LAC-KS2'));
      expect(error.message).to.include('"LAC-KS2"');
      expect(recorder.calls).to.have.length(0);
    });
  });

  describe('error messages a person understands', () => {
    const cases: [string, FeedErrorKind, () => Promise<Response>][] = [
      ['a network failure', 'network', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['a 404', 'http', () => Promise.resolve(new Response('', { status: 404 }))],
      ['a 403', 'http', () => Promise.resolve(new Response('', { status: 403 }))],
      ['a 500', 'http', () => Promise.resolve(new Response('', { status: 500 }))],
      ['a 418', 'http', () => Promise.resolve(new Response('', { status: 418 }))],
      ['an HTML page', 'not-json', () => Promise.resolve(new Response('<!doctype html><title>Oops</title>'))],
      ['a JSON list', 'not-object', () => Promise.resolve(json([]))],
      ['another feed', 'not-c4eo', () => Promise.resolve(json({ feed: 'other', version: '1.0' }))],
      ['version 2', 'unsupported-version', () => Promise.resolve(json({ feed: 'c4eo', version: '2.0', generated: '2026-11-20T09:00:00Z' }))],
      ['an invalid item', 'invalid', () => Promise.resolve(json({ feed: 'c4eo', version: '1.0', generated: '2026-11-20T09:00:00Z', item: { id: 'x' } }))],
    ];
    for (const [name, kind, answer] of cases) {
      it(`explains ${name} (${kind}) with the document's URL`, async () => {
        const feed = client({ fetch: recordingFetch(answer).fetch });
        const error = await rejection(feed.load('evidence-item', 'kr-early-years-1'));
        expect(error.kind).to.equal(kind);
        expect(error.url).to.equal(`${BASE}evidence/kr-early-years-1.json`);
        expectReadableMessage(error, `${BASE}evidence/kr-early-years-1.json`);
      });
    }

    it('explains a time-out of less than a second in words that make sense', async () => {
      const error = await rejection(client({ fetch: recordingFetch(hangingFetch).fetch, timeoutMs: 50, retries: 0 }).load('themes'));
      expect(error.message).to.match(/did not answer within/);
      expectReadableMessage(error, `${BASE}themes.json`);
    });
  });
});
