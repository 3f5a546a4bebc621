/** POSTs JSON to a channel's endpoint; errors name the host only, never the secret path. */

/** Default time a channel may take to answer. */
export const sendTimeout = 10_000;

/** Sends `body` as JSON; throws an error with a readable reason on no answer or a non-2xx status. */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  timeout = sendTimeout,
): Promise<void> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'statuspage-notifier',
        ...headers,
      },
      redirect: 'error',
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    throw new Error(`cannot reach ${host} (${reason(error)})`);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const detail = text.trim().slice(0, 200);
    throw new Error(`${host} answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
  }
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'no answer in time';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
