import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = resolve('scripts/ci/commit-and-push.sh');
const nodeBin = resolve('node_modules/.bin'); // Node 22 (type stripping) for sample-summary.ts
const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'commit-push-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync(realGit, args, { cwd, encoding: 'utf8', env: gitEnv() });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    ...extra,
  };
}

/** One probe run's line as the store writes it (a RawRun with one component's result). */
function sampleLine(time: string, status = 'operational'): string {
  const results = { dhl: { status, latency: 12, attempts: 1 } };
  return `${JSON.stringify({ time, location: 'default', results })}\n`;
}

function write(path: string, text: string, append = false): void {
  mkdirSync(dirname(path), { recursive: true });
  if (append) appendFileSync(path, text);
  else writeFileSync(path, text);
}

/** A bare remote and a clone of it with one commit of data; `attributes` adds merge=union. */
function setup(attributes: boolean): { remote: string; clone: (name: string) => string } {
  const remote = join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  const clone = (name: string) => {
    git(root, 'clone', '--quiet', remote, name);
    return join(root, name);
  };
  const seed = clone('seed');
  git(seed, 'checkout', '--quiet', '-B', 'main');
  write(join(seed, 'data/raw/dhl/2026-11-28.jsonl'), sampleLine('2026-11-28T12:00:00.000Z'));
  write(join(seed, 'README.md'), 'seed\n');
  if (attributes) write(join(seed, '.gitattributes'), 'data/**/*.jsonl merge=union\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'seed');
  git(seed, 'push', '--quiet', 'origin', 'main');
  return { remote, clone };
}

function run(cwd: string, env: Record<string, string> = {}) {
  const outputFile = join(root, `output-${Math.random()}`);
  writeFileSync(outputFile, '');
  const result = spawnSync(script, ['data: probe run 2026-11-28T12:05Z'], {
    cwd,
    encoding: 'utf8',
    env: gitEnv({
      PATH: `${nodeBin}:${process.env['PATH']}`,
      PUSH_BACKOFF: '0',
      GITHUB_OUTPUT: outputFile,
      ...env,
    }),
  });
  return { ...result, outputs: readFileSync(outputFile, 'utf8') };
}

/** A `git` on PATH that lets `racer` push first, before each of our first `races` pushes. */
function racingGit(racer: string, races: number, file: string): string {
  const bin = join(root, 'bin');
  mkdirSync(bin);
  const counter = join(root, 'races');
  writeFileSync(counter, '0');
  const shim = `#!/usr/bin/env bash
if [[ $1 == push ]]; then
  n=$(cat '${counter}')
  if (( n < ${races} )); then
    echo $((n + 1)) > '${counter}'
    ( cd '${racer}' && '${realGit}' pull --quiet --rebase origin main \\
      && mkdir -p "$(dirname '${file}')" \\
      && printf '{"time":"2026-11-28T12:0%s:30.000Z","location":"racer","status":"operational","latency":9,"attempts":1}\\n' "$n" >> '${file}' \\
      && '${realGit}' add --all && '${realGit}' commit --quiet -m "racer $n" && '${realGit}' push --quiet origin HEAD:main ) >&2 || exit 99
  fi
fi
exec '${realGit}' "$@"
`;
  writeFileSync(join(bin, 'git'), shim);
  chmodSync(join(bin, 'git'), 0o755);
  return bin;
}

describe('commit-and-push.sh', () => {
  it('succeeds without a commit when data/ has no change', () => {
    const { clone } = setup(true);
    const ours = clone('ours');
    const before = git(ours, 'rev-parse', 'HEAD');
    const result = run(ours);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nothing to commit in data');
    expect(git(ours, 'rev-parse', 'HEAD')).toBe(before);
    expect(result.outputs).toBe(`committed=false\nsha=${before}\n`);
  });

  it('commits only data/ as the bot, with the samples counted in the message', () => {
    const { remote, clone } = setup(true);
    const ours = clone('ours');
    write(
      join(ours, 'data/raw/dhl/2026-11-28.jsonl'),
      sampleLine('2026-11-28T12:05:00.000Z', 'major_outage'),
      true,
    );
    write(join(ours, 'data/raw/ups/2026-11-28.jsonl'), sampleLine('2026-11-28T12:05:00.000Z'));
    write(join(ours, 'README.md'), 'not data\n');
    const result = run(ours);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const log = git(remote, 'log', '-1', '--format=%an <%ae>%n%s', 'main');
    expect(log).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n' +
        'data: probe run 2026-11-28T12:05Z (2 checks, 1 failing)',
    );
    expect(git(remote, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      'data/raw/dhl/2026-11-28.jsonl',
      'data/raw/ups/2026-11-28.jsonl',
    ]);
    expect(result.outputs).toBe(`committed=true\nsha=${git(remote, 'rev-parse', 'main')}\n`);
  });

  describe.each([
    { name: 'the same file, merge=union', attributes: true, file: 'data/raw/dhl/2026-11-28.jsonl' },
    {
      name: 'separate files, no attributes',
      attributes: false,
      file: 'data/raw/racer/2026-11-28.jsonl',
    },
  ])('when another run pushes first ($name)', ({ attributes, file }) => {
    it('rebases, retries and loses no sample of either run', () => {
      const { remote, clone } = setup(attributes);
      const ours = clone('ours');
      const racer = clone('racer');
      const bin = racingGit(racer, 2, join(racer, file));
      const ourLine = sampleLine('2026-11-28T12:05:00.000Z', 'partial_outage');
      write(join(ours, 'data/raw/dhl/2026-11-28.jsonl'), ourLine, true);

      const result = run(ours, { PATH: `${bin}:${nodeBin}:${process.env['PATH']}` });
      expect(result.status).toBe(0);
      expect(result.stderr.match(/push rejected \(try \d of 5\)/g)).toEqual([
        'push rejected (try 1 of 5)',
        'push rejected (try 2 of 5)',
      ]);
      expect(result.stdout).toContain('(try 3 of 5)');

      const subjects = git(remote, 'log', '--format=%s', 'main').split('\n');
      expect(subjects).toEqual([
        'data: probe run 2026-11-28T12:05Z (1 check, 1 failing)',
        'racer 1',
        'racer 0',
        'seed',
      ]);
      const show = (path: string) => git(remote, 'show', `main:${path}`);
      const dhl = show('data/raw/dhl/2026-11-28.jsonl');
      expect(dhl).toContain('"time":"2026-11-28T12:00:00.000Z"');
      expect(dhl).toContain(ourLine.trim());
      const racerLines = show(file)
        .split('\n')
        .filter((line) => line.includes('"racer"'));
      expect(racerLines.map((line) => JSON.parse(line).time)).toEqual([
        '2026-11-28T12:00:30.000Z',
        '2026-11-28T12:01:30.000Z',
      ]);
    });
  });

  it('fails the run when the remote keeps rejecting', () => {
    const { remote, clone } = setup(true);
    const ours = clone('ours');
    write(join(remote, 'hooks/pre-receive'), '#!/bin/sh\necho "protected branch" >&2\nexit 1\n');
    chmodSync(join(remote, 'hooks/pre-receive'), 0o755);
    write(
      join(ours, 'data/raw/dhl/2026-11-28.jsonl'),
      sampleLine('2026-11-28T12:05:00.000Z'),
      true,
    );
    const result = run(ours, { PUSH_ATTEMPTS: '3' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'push to origin/main still rejected after 3 tries; the data is not saved',
    );
    expect(result.stderr.match(/push rejected \(try \d of 3\)/g)).toHaveLength(2);
    expect(git(remote, 'log', '--format=%s', 'main')).toBe('seed');
    expect(result.outputs).toBe('');
  });

  it('fails with the conflicting file named when both runs changed the same line', () => {
    const { remote, clone } = setup(false);
    const ours = clone('ours');
    const other = clone('other');
    write(join(other, 'data/notifications.json'), '{"a":1}\n');
    git(other, 'add', '.');
    git(other, 'commit', '--quiet', '-m', 'other');
    git(other, 'push', '--quiet', 'origin', 'main');
    write(join(ours, 'data/notifications.json'), '{"a":2}\n');
    const result = run(ours);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('conflicts with origin/main in: data/notifications.json');
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('other');
  });
});
