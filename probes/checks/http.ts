import { request, type Dispatcher } from 'undici';
import type { Expect } from '../../src/domain/config.ts';
import type { Timings } from '../../src/domain/result.ts';
import { bodyDecided, bodyFailure, bodyLimit, needsBody, statusFailure } from '../conditions.ts';
import { CheckFailure, toFailure, type Failure } from '../failure.ts';
import { probeAgent } from './probe-agent.ts';

/** One HTTP(S) check, placeholders already filled. */
export interface HttpTarget {
  url: string;
  method: Dispatcher.HttpMethod;
  headers: Record<string, string>;
  body: string | undefined;
  expect: Expect;
  /** Milliseconds the whole attempt may take: connect, headers and the body it reads. */
  timeout: number;
  maxRedirects: number;
  certExpiryDays: number;
  /** PEM text trusted in addition to the system's CAs. */
  ca: string | undefined;
}

/** What one attempt saw. */
export interface AttemptOutcome {
  /** Milliseconds until the answer was judged; null when none came. */
  latency: number | null;
  timings?: Timings;
  httpStatus?: number;
  failure?: Failure;
  warning?: string;
}

/** Injected dependencies: a shared dispatcher (else one fresh agent per attempt) and a clock. */
export interface HttpDeps {
  dispatcher?: Dispatcher | undefined;
  now: () => Date;
}

type Answer = Dispatcher.ResponseData;

/** Makes one attempt: request, follow redirects, read as much body as the conditions need. */
export async function checkHttp(target: HttpTarget, deps: HttpDeps): Promise<AttemptOutcome> {
  const started = performance.now();
  const own = deps.dispatcher ? undefined : probeAgent({ ...target, now: deps.now });
  const dispatcher = deps.dispatcher ?? own!.agent;
  const deadline = AbortSignal.timeout(target.timeout);
  let httpStatus: number | undefined;
  let firstByte: number | undefined;
  let reading = false;
  const outcome = (failure?: Failure): AttemptOutcome => {
    const timings = { ...own?.log.timings, ...(firstByte !== undefined ? { firstByte } : {}) };
    return {
      latency: failure && httpStatus === undefined ? null : Math.round(performance.now() - started),
      ...(Object.keys(timings).length > 0 ? { timings } : {}),
      ...(httpStatus !== undefined ? { httpStatus } : {}),
      ...(failure ? { failure } : {}),
      ...(own?.log.warning ? { warning: own.log.warning } : {}),
    };
  };
  const send = async (url: URL, hop: Hop): Promise<Answer> => {
    const sent = performance.now();
    const answer = await request(url, { ...hop, dispatcher, signal: deadline });
    firstByte = Math.round(performance.now() - sent);
    return answer;
  };
  try {
    const answer = await follow(target, send);
    httpStatus = answer.statusCode;
    const failure = statusFailure(answer.statusCode, target.expect.status);
    if (failure || !needsBody(target.expect)) {
      discard(answer.body);
      return outcome(failure);
    }
    reading = true;
    const { text, truncated } = await readBody(answer.body, target.expect);
    return outcome(bodyFailure(target.expect, text, truncated));
  } catch (error) {
    if (!deadline.aborted) return outcome(toFailure(error));
    const phase = reading ? 'body' : own && !own.log.connected ? 'connection' : 'headers';
    return outcome(timeoutFailure(target.timeout, phase));
  } finally {
    await own?.agent.destroy();
  }
}

interface Hop {
  method: Dispatcher.HttpMethod;
  headers: Record<string, string>;
  body: string | null;
}

const redirectCodes = new Set([301, 302, 303, 307, 308]);

/** Follows redirects up to the limit; a 3xx listed in `expect.status` is the answer itself. */
async function follow(
  target: HttpTarget,
  send: (url: URL, hop: Hop) => Promise<Answer>,
): Promise<Answer> {
  let url = new URL(target.url);
  let hop: Hop = { method: target.method, headers: target.headers, body: target.body ?? null };
  const visited = [url.href];
  for (;;) {
    const answer = await send(url, hop);
    const location = answer.headers['location'];
    const follows =
      redirectCodes.has(answer.statusCode) &&
      typeof location === 'string' &&
      target.maxRedirects > 0 &&
      !target.expect.status?.includes(answer.statusCode);
    if (!follows) return answer;
    await answer.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    const next = new URL(location, url);
    if (visited.includes(next.href)) {
      const chain = [...visited, next.href].map(shownUrl).join(' → ');
      throw new CheckFailure('redirect', `redirect loop: ${chain}`);
    }
    if (visited.length > target.maxRedirects) {
      throw new CheckFailure(
        'redirect',
        `more than ${target.maxRedirects} redirects (next: ${shownUrl(next.href)})`,
      );
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new CheckFailure('redirect', `redirect to an unsupported URL: ${shownUrl(next.href)}`);
    }
    hop = redirected(hop, answer.statusCode, url, next);
    visited.push(next.href);
    url = next;
  }
}

/**
 * A URL as a message may show it: without credentials, query or fragment. A Location header may
 * carry a token (a session, a signed link, our own API key echoed back) that must not reach data/.
 */
function shownUrl(href: string): string {
  const url = new URL(href);
  const hidden = url.search || url.hash ? '?…' : '';
  const path = url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : '';
  return `${url.protocol}//${url.host}${path}${hidden}`;
}

/** The request after a redirect: 303 (and 301/302 after POST) become GET; credentials stay on their origin. */
function redirected(hop: Hop, status: number, from: URL, to: URL): Hop {
  const toGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
  const sameOrigin = from.origin === to.origin;
  const headers = Object.fromEntries(
    Object.entries(hop.headers).filter(([name]) => {
      const lower = name.toLowerCase();
      if (!sameOrigin && (lower === 'authorization' || lower === 'cookie')) return false;
      return !(toGet && (lower === 'content-type' || lower === 'content-length'));
    }),
  );
  return toGet ? { method: 'GET', headers, body: null } : { ...hop, headers };
}

/** Reads the body up to `bodyLimit`, stopping as soon as the conditions are decided. */
async function readBody(
  body: Answer['body'],
  expect: Expect,
): Promise<{ text: string; truncated: boolean }> {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = bodyLimit - size;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    size += part.length;
    text += decoder.decode(part, { stream: true });
    if (chunk.length > room) return { text, truncated: true };
    if (bodyDecided(expect, text)) return { text, truncated: false };
  }
  return { text: text + decoder.decode(), truncated: false };
}

/** Drops a body unread; undici reports that as an abort, which is what we mean. */
function discard(body: Answer['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

const waitingFor = {
  connection: 'waiting for the connection',
  headers: 'waiting for response headers',
  body: 'reading the body',
};

/** A timeout names the phase it hit, so ops can tell a dead host from a slow backend. */
function timeoutFailure(ms: number, phase: keyof typeof waitingFor): Failure {
  return { kind: 'timeout', message: `timeout after ${ms} ms ${waitingFor[phase]}` };
}
