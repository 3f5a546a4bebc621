import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/lib/config.ts';
import { DemoConfig, demoNotice, exampleRoles } from './demo-config.ts';
import { projectRoot } from './steps.ts';

const example = new DemoConfig(readFileSync(join(projectRoot, 'status.config.yaml'), 'utf8'));

describe('DemoConfig of the example catalogue', () => {
  const standIns = example.standIns(exampleRoles);
  const urls = new Map(
    standIns.map((s, i) => [
      s.id,
      s.behaviour === 'tls' ? `tls://127.0.0.1:${9000 + i}` : `http://127.0.0.1:${9000 + i}/x`,
    ]),
  );
  const { loaded, problems } = parseConfig(
    example.render({
      urls,
      caFile: 'ca.pem',
      port: 4321,
      slowId: 'graphql-api',
      degradedAfterMs: 1000,
    }),
    'demo.yaml',
  );

  it('renders a valid config with the notice and the local site URL', () => {
    expect(problems).toEqual([]);
    expect([loaded!.config.site.notice, loaded!.config.site.url]).toEqual([
      demoNotice,
      'http://localhost:4321/',
    ]);
  });

  it('keeps every id, name and group, and DPD manual', () => {
    const original = parseConfig(
      readFileSync(join(projectRoot, 'status.config.yaml'), 'utf8'),
      'x',
    ).loaded!;
    const shape = (c: typeof original.catalogue) =>
      c.components.map((x) => [x.id, x.name, x.groupId, x.manual]);
    expect(shape(loaded!.catalogue)).toEqual(shape(original.catalogue));
  });

  it.each([
    ['graphql-api', 'slow'],
    ['ups', 'flapping'],
    ['registration-site', 'down'],
    ['gls-1', 'tls'],
    ['gls-3', 'tls'],
    ['dhl', 'healthy'],
    ['ecommerce', 'healthy'],
  ])('%s stands in as %s', (id, behaviour) => {
    expect(standIns.find((s) => s.id === id)?.behaviour).toBe(behaviour);
  });

  it.each([
    ['graphql-api', 'http://127.0.0.1:9008/x', undefined, 1000],
    ['gls-1', 'tls://127.0.0.1:9004', 'ca.pem', 2000],
    ['dhl', 'http://127.0.0.1:9002/x', undefined, 3000],
  ])('%s checks %s (ca %s, degraded after %i ms)', (id, url, ca, degradedAfter) => {
    const check = loaded!.catalogue.components.find((c) => c.id === id)!.check!;
    expect([check.url, check.ca, check.degradedAfter]).toEqual([url, ca, degradedAfter]);
  });

  it('names the placeholders the checks use', () => {
    expect(example.placeholders()).toEqual(['DHL_API_KEY', 'MICROTECH_PROBE_TOKEN']);
  });
});

describe('DemoConfig.roles', () => {
  const small = (ids: string[]) =>
    new DemoConfig(
      `components:\n${ids.map((id) => `  - { id: ${id}, check: { url: 'https://${id}.example/' } }`).join('\n')}\n`,
    );
  it.each([
    [['a', 'b', 'c', 'd'], { slow: 'b', flapping: 'c', down: 'd' }],
    [['graphql-api', 'ups', 'registration-site', 'x'], exampleRoles],
  ])('%j → %j', (ids, roles) => expect(small(ids).roles()).toEqual(roles));
});
