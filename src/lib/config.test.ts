import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, ProblemsError } from '../domain/problem.ts';
import { loadConfig, parseConfig } from './config.ts';

const site = 'site:\n  title: Test\n  url: https://status.example.com/\n  timezone: UTC\n';
/** A config with the given component lines (starting on line 6). */
const withComponents = (lines: string) => `${site}components:\n${lines}`;
const ok = '  - id: ok\n    name: OK\n    manual: set by hand\n';

describe('parseConfig reports every mistake as file:line: message', () => {
  it.each([
    {
      name: 'unknown key, with a suggestion',
      text: withComponents(
        '  - id: dhl\n    name: DHL\n    check: { url: "https://x/", timout: 5s }\n',
      ),
      problems: [
        'c.yaml:8: component "dhl": check: unknown key "timout" (did you mean "timeout"?)',
      ],
    },
    {
      name: 'unknown top-level key',
      text: `${withComponents(ok)}defautls: { retries: 1 }\n`,
      problems: ['c.yaml:9: unknown key "defautls" (did you mean "defaults"?)'],
    },
    {
      name: 'duplicate id',
      text: withComponents(
        `${ok}  - id: shipping\n    name: S\n    components:\n      - id: ok\n        name: Again\n        manual: x\n`,
      ),
      problems: ['c.yaml:12: duplicate id "ok" (first used on line 6)'],
    },
    {
      name: 'bad duration',
      text: withComponents(
        '  - id: a\n    name: A\n    check: { url: "https://x/", timeout: 5 sec }\n',
      ),
      problems: [
        'c.yaml:8: component "a": check.timeout: bad duration "5 sec" (write a number and a unit: 1500ms, 10s, 5m, 2h, 1d)',
      ],
    },
    {
      name: 'bad default duration',
      text: `${withComponents(ok)}defaults:\n  interval: soon\n`,
      problems: [
        'c.yaml:10: defaults.interval: bad duration "soon" (write a number and a unit: 1500ms, 10s, 5m, 2h, 1d)',
      ],
    },
    {
      name: 'bad URL',
      text: withComponents('  - id: a\n    name: A\n    check:\n      url: not a url\n'),
      problems: ['c.yaml:9: component "a": check.url: bad URL "not a url"'],
    },
    {
      name: 'bad scheme',
      text: withComponents('  - id: a\n    name: A\n    check: { url: "ftp://files.example/" }\n'),
      problems: [
        'c.yaml:8: component "a": check.url: unsupported scheme "ftp:" in "ftp://files.example/" (use http://, https://, tcp://host:port or tls://host:port)',
      ],
    },
    {
      name: 'tcp without port',
      text: withComponents('  - id: db\n    name: DB\n    check: { url: "tcp://db.example" }\n'),
      problems: [
        'c.yaml:8: component "db": check.url: "tcp://db.example" needs a port, like tcp://host:5432',
      ],
    },
    {
      name: 'check and manual together',
      text: withComponents(
        '  - id: dpd\n    name: DPD\n    check: { url: "https://x/" }\n    manual: by hand\n',
      ),
      problems: ['c.yaml:9: component "dpd" has both "check" and "manual"; keep one'],
    },
    {
      name: 'neither check nor manual',
      text: withComponents('  - id: dpd\n    name: DPD\n'),
      problems: ['c.yaml:6: component "dpd" needs a "check" or a "manual" note'],
    },
    {
      name: 'empty group',
      text: withComponents(`${ok}  - id: shipping\n    name: Shipping\n    components: []\n`),
      problems: ['c.yaml:11: group "shipping" has no components'],
    },
    {
      name: 'missing title',
      text: `site:\n  url: https://status.example.com/\n  timezone: UTC\ncomponents:\n${ok}`,
      problems: ['c.yaml:1: site: missing "title"'],
    },
    {
      name: 'bad time zone',
      text: `site:\n  title: T\n  url: https://status.example.com/\n  timezone: Europe/Berlinn\ncomponents:\n${ok}`,
      problems: [
        'c.yaml:4: site.timezone: unknown time zone (use an IANA name like Europe/Berlin)',
      ],
    },
    {
      name: 'YAML syntax error',
      text: withComponents('  - id: a\n    name: [A\n'),
      problems: [
        'c.yaml:8: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    },
    {
      name: 'schema and catalogue mistakes together, in line order',
      text: withComponents(
        `${ok}  - id: ok\n    name: Again\n    check: { url: "https://x/", methd: GET }\n    manual: x\n  - id: empty\n    name: E\n    components: []\n`,
      ),
      problems: [
        'c.yaml:9: duplicate id "ok" (first used on line 6)',
        'c.yaml:11: component "ok": check: unknown key "methd" (did you mean "method"?)',
        'c.yaml:12: component "ok" has both "check" and "manual"; keep one',
        'c.yaml:15: group "empty" has no components',
      ],
    },
  ])('$name', ({ text, problems }) => {
    const result = parseConfig(text, 'c.yaml');
    expect(result.problems.map(formatProblem)).toEqual(problems);
    expect(result.loaded).toBeUndefined();
  });
});

describe('the shipped status.config.yaml', () => {
  it('loads: 16 components in 4 groups plus 1 standalone, DPD manual', () => {
    const { loaded, problems } = parseConfig(
      readFileSync('status.config.yaml', 'utf8'),
      'status.config.yaml',
    );
    expect(problems).toEqual([]);
    expect(loaded?.catalogue.components).toHaveLength(16);
    expect(loaded?.catalogue.groups.map((g) => g.id)).toEqual([
      'shipping',
      'data',
      'auth',
      'websites',
    ]);
    expect(loaded?.catalogue.entries.filter((e) => e.kind === 'component')).toHaveLength(1);
    expect(loaded?.catalogue.components.filter((c) => c.manual).map((c) => c.id)).toEqual(['dpd']);
    expect(loaded?.catalogue.components.find((c) => c.id === 'dhl')?.check).toMatchObject({
      timeout: 10_000,
      retries: 2,
      degradedAfter: 3_000,
      maxRedirects: 5,
      certExpiryDays: 14,
    });
  });
});

describe('loadConfig', () => {
  it('throws every problem at once, and a missing file clearly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'config-'));
    try {
      const file = join(dir, 'status.config.yaml');
      await writeFile(file, withComponents('  - id: A\n    name: A\n    manual: x\n'));
      expect(() => loadConfig(file)).toThrow(ProblemsError);
      expect(() => loadConfig(file)).toThrow(
        /:6: component "A": id: an id is lower-case letters, digits and dashes/,
      );
      expect(() => loadConfig(join(dir, 'nope.yaml'))).toThrow(
        /nope\.yaml: cannot read the config: file not found$/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
