import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProbeResult } from '../src/domain/result.ts';
import {
  freePort,
  handlers,
  raw,
  startHttp,
  startRaw,
  type TestServer,
} from './test-support/servers.ts';

const secret = 'tok-9f8e7d6c5b4a';
const servers: TestServer[] = [];
let dir = '';

/** Node 22 runs the TypeScript directly; the system Node may be older. */
const node =
  Number(process.versions.node.split('.')[0]) >= 22
    ? process.execPath
    : resolve('node_modules/.bin/node');

/** Runs the CLI without blocking this process, whose servers must keep answering. */
function runProbe(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      node,
      ['probes/run.ts', ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const component = (id: string, check: string) =>
  `  - id: ${id}\n    name: ${id}\n    check: ${check}\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'probe-cli-'));
  const start = async (server: Promise<TestServer>) => {
    const started = await server;
    servers.push(started);
    return started.origin.replace('tcp:', 'http:');
  };
  const ok = await start(
    startHttp((req, res) =>
      res.writeHead(req.headers['authorization'] === `Bearer ${secret}` ? 200 : 401).end('ok'),
    ),
  );
  const down = await start(startHttp(handlers.answer(503)));
  const silent = await start(startRaw(raw.silent));
  const garbage = await start(startRaw(raw.garbage));
  const refused = `http://127.0.0.1:${await freePort()}`;
  const loop = await start(
    startHttp((req, res) => res.writeHead(302, { location: req.url ?? '/' }).end()),
  );
  const config = [
    'site: { title: Test, url: "https://status.test/", timezone: UTC }',
    'defaults: { timeout: 500ms, retries: 0 }',
    'components:',
    component(
      'ok',
      `{ url: "${ok}/?key=\${PROBE_SECRET}", headers: { Authorization: "Bearer \${PROBE_SECRET}" } }`,
    ),
    component('down', `{ url: "${down}/" }`),
    component('silent', `{ url: "${silent}/" }`),
    component('garbage', `{ url: "${garbage}/" }`),
    component('refused', `{ url: "${refused}/" }`),
    component('dns', '{ url: "http://status-probe.invalid/" }'),
    component('loop', `{ url: "${loop}/\${PROBE_SECRET}" }`),
    component('secret-host', '{ url: "http://${PROBE_SECRET}.invalid/" }'),
    component('missing-secret', '{ url: "http://127.0.0.1:1/${NOT_SET_ANYWHERE}" }'),
    '  - id: by-hand\n    name: By hand\n    manual: set by hand',
  ].join('\n');
  await writeFile(join(dir, 'status.config.yaml'), config);
  await writeFile(
    join(dir, 'bad.yaml'),
    'site: { title: Test, url: "https://status.test/", timezone: Mars/Base }\ncomponents:\n  - id: a\n    name: A\n    chek: { url: "http://x/" }\n',
  );
  await writeFile(join(dir, 'a-file'), 'not a directory');
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({
  STATUS_CONFIG: join(dir, 'status.config.yaml'),
  STATUS_DATA_DIR: join(dir, 'data'),
  PROBE_SECRET: secret,
  PROBE_LOCATION: 'ci-test',
});

describe('npm run probe -- --dry-run --json', () => {
  it('prints one valid result per automatic component, classifies every fault, stores nothing, leaks no secret', async () => {
    const run = await runProbe(['--dry-run', '--json'], env());
    expect(run.code).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((line) => ProbeResult.parse(JSON.parse(line)));
    expect(results.map((r) => [r.component, r.status, r.error?.kind ?? null, r.location])).toEqual([
      ['ok', 'operational', null, 'ci-test'],
      ['down', 'major_outage', 'status', 'ci-test'],
      ['silent', 'major_outage', 'timeout', 'ci-test'],
      ['garbage', 'major_outage', 'protocol', 'ci-test'],
      ['refused', 'major_outage', 'refused', 'ci-test'],
      ['dns', 'major_outage', 'dns', 'ci-test'],
      ['loop', 'major_outage', 'redirect', 'ci-test'],
      ['secret-host', 'major_outage', 'dns', 'ci-test'],
      ['missing-secret', 'major_outage', 'config', 'ci-test'],
    ]);
    expect(run.stderr).toContain('Probed 9 components from "ci-test"');
    expect(results.find((r) => r.component === 'secret-host')?.error?.message).toBe(
      'DNS: host name not found: "${PROBE_SECRET}.invalid"',
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('probes only the components --only names', async () => {
    const run = await runProbe(['--dry-run', '--json', '--only', 'down,refused'], env());
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).component),
    ).toEqual(['down', 'refused']);
  });

  it('writes the Markdown summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'summary.md');
    await runProbe(['--dry-run', '--only', 'ok,down'], { ...env(), GITHUB_STEP_SUMMARY: summary });
    const text = await readFile(summary, 'utf8');
    expect(text).toContain('| Component | Status | Latency | Attempts | Details |');
    expect(text).toContain('| down | major_outage |');
    expect(text).toContain('status: HTTP 503 (expected 200–399) |');
  });
});

describe('npm run probe', () => {
  it('stores the results in the data directory', async () => {
    const run = await runProbe(['--only', 'ok,down'], env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Probed 2 components');
    expect(await readdir(join(dir, 'data'))).not.toEqual([]);
  });

  it.each([
    {
      name: 'a bad config',
      args: [],
      env: { STATUS_CONFIG: 'bad.yaml' },
      code: 1,
      stderr: [
        'bad.yaml:1: site.timezone: unknown time zone (use an IANA name like Europe/Berlin)',
        'bad.yaml:5: component "a": unknown key "chek" (did you mean "check"?)',
      ],
    },
    {
      name: 'an unwritable data dir',
      args: [],
      env: { STATUS_DATA_DIR: 'a-file/data' },
      code: 1,
      stderr: ['is not writable (ENOTDIR)'],
    },
    {
      name: 'an unknown --only id',
      args: ['--only', 'donw'],
      env: {},
      code: 2,
      stderr: ['--only: unknown component "donw" (did you mean "down"?)'],
    },
    {
      name: 'an unknown flag',
      args: ['--dryrun'],
      env: {},
      code: 2,
      stderr: ["Unknown option '--dryrun'"],
    },
  ])('fails with a message on $name', async ({ args, env: extra, code, stderr }) => {
    const resolved = Object.fromEntries(
      Object.entries(extra).map(([key, value]) => [key, join(dir, value)]),
    );
    const run = await runProbe(args, { ...env(), ...resolved });
    expect(run.code).toBe(code);
    for (const line of stderr) expect(run.stderr).toContain(line);
    expect(run.stdout).toBe('');
  });
});
