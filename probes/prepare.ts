import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Dispatcher } from 'undici';
import type { ResolvedCheck } from '../src/domain/catalogue.ts';
import { checkHttp, type AttemptOutcome } from './checks/http.ts';
import { checkTcp } from './checks/tcp.ts';
import type { Failure } from './failure.ts';
import { Secrets, type Redact } from './secrets.ts';

/** What an attempt may use from outside: a shared dispatcher and the clock. */
export interface AttemptDeps {
  dispatcher?: Dispatcher | undefined;
  now: () => Date;
}

/** A check ready to run (secrets filled, CA read), or why it cannot run; either way a redactor. */
export type PreparedCheck =
  | { attempt: (deps: AttemptDeps) => Promise<AttemptOutcome>; redact: Redact }
  | { failure: Failure; redact: Redact };

/** Fills `${NAME}` placeholders from the environment and reads the extra CA, for one component. */
export async function prepareCheck(
  check: ResolvedCheck,
  env: NodeJS.ProcessEnv,
  configDir: string,
): Promise<PreparedCheck> {
  const secrets = new Secrets(env);
  const url = secrets.fill(check.url, 'check.url', encodeURIComponent);
  const headers = Object.entries(check.headers).map(
    ([name, value]) => [name, secrets.fill(value, `check.headers.${name}`)] as const,
  );
  const body = check.body === undefined ? undefined : secrets.fill(check.body, 'check.body');
  const redact = secrets.redactor();
  const missing = [url, ...headers.map(([, value]) => value), body].find((f) => f && !f.ok);
  if (missing && !missing.ok) {
    const message = `environment variable ${missing.missing} is not set (used in ${missing.where})`;
    return { failure: { kind: 'config', message }, redact };
  }
  let ca: string | undefined;
  if (check.ca) {
    const path = resolve(configDir, check.ca);
    try {
      ca = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return {
        failure: { kind: 'config', message: `cannot read check.ca "${check.ca}" (${code})` },
        redact,
      };
    }
  }
  const filledUrl = url.ok ? url.value : check.url;
  const common = { timeout: check.timeout, certExpiryDays: check.certExpiryDays, ca };
  if (filledUrl.startsWith('tcp:') || filledUrl.startsWith('tls:')) {
    return { attempt: (deps) => checkTcp({ ...common, url: filledUrl }, deps), redact };
  }
  const target = {
    ...common,
    url: filledUrl,
    method: check.method,
    headers: Object.fromEntries(
      headers.map(([name, value]) => [name, value.ok ? value.value : '']),
    ),
    body: body?.ok ? body.value : undefined,
    expect: check.expect,
    maxRedirects: check.maxRedirects,
  };
  return { attempt: (deps) => checkHttp(target, deps), redact };
}
