import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../domain/problem.ts';
import { loadIncidents, parseIncident, slugify } from './incidents.ts';
import { fixtureConfig } from './incidents/fixtures.ts';

const { config, catalogue } = fixtureConfig();
const now = new Date('2026-11-28T15:00:00Z'); // 16:00 in Europe/Berlin
const file = 'incidents/2026-11-28-dhl.md';

const good = `---
title: DHL labels fail
impact: major
components:
  dhl: partial_outage
---

## Resolved · 2026-11-28 14:05

Labels work again.

## Investigating · 2026-11-28 12:58

We see failed label requests.
`;

const maintenance = `---
title: Database upgrade
maintenance:
  start: 2026-12-12 19:00
  end: 2026-12-12 19:30
components: [shipping]
---
## Scheduled · 2026-11-27 10:00
We upgrade the database.
`;

const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture lacks "${from}"`);
  return text.replace(from, to);
};

describe('parseIncident: every mistake as file:line: message', () => {
  it.each([
    [
      'YAML syntax',
      edit(good, 'impact: major', 'impact: [major'),
      4,
      'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'no front matter',
      good.slice(4),
      1,
      'no front matter: start the file with a line "---", then title, impact and components, then "---"',
    ],
    [
      'unclosed front matter',
      good.replace('---\n\n## Resolved', '\n## Resolved'),
      1,
      'the front matter is not closed: add a line "---" after it',
    ],
    ['missing title', edit(good, 'title: DHL labels fail\n', ''), 2, 'missing "title"'],
    [
      'empty title',
      edit(good, 'title: DHL labels fail', "title: ' '"),
      2,
      'title: must not be empty',
    ],
    [
      'misspelt impact',
      edit(good, 'impact:', 'imapct:'),
      3,
      'unknown key "imapct" (did you mean "impact"?)',
    ],
    [
      'unknown key',
      edit(good, 'title:', 'titel:'),
      2,
      'unknown key "titel" (did you mean "title"?)',
    ],
    [
      'missing impact',
      edit(good, 'impact: major\n', ''),
      2,
      'missing "impact" (one of none, minor, major, critical)',
    ],
    [
      'unknown impact',
      edit(good, 'impact: major', 'impact: severe'),
      3,
      'impact: unknown value "severe" (one of none, minor, major, critical)',
    ],
    [
      'unknown component',
      edit(good, '  dhl:', '  dhll:'),
      5,
      'unknown component "dhll" (did you mean "dhl"?)',
    ],
    [
      'unknown component in a list',
      edit(good, '  dhl: partial_outage', '  - ups\n  - dpdd'),
      6,
      'unknown component "dpdd" (did you mean "dpd"?)',
    ],
    [
      'unknown component status',
      edit(good, 'dhl: partial_outage', 'dhl: partial'),
      5,
      'unknown status "partial" for component "dhl" (one of operational, degraded_performance, partial_outage, major_outage, under_maintenance) (did you mean "partial_outage"?)',
    ],
    [
      'component without status',
      edit(good, 'dhl: partial_outage', 'dhl:'),
      5,
      'no status for component "dhl" (write "dhl: partial_outage", or list ids without statuses)',
    ],
    [
      'unknown status word',
      edit(good, '## Resolved', '## Resolvd'),
      8,
      'unknown status "Resolvd" in update heading (one of Investigating, Identified, Monitoring, Update, Resolved, Postmortem) (did you mean "Resolved"?)',
    ],
    [
      'maintenance word in an incident',
      edit(good, '## Resolved', '## Completed'),
      8,
      '"Completed" is a maintenance status; an incident uses Investigating, Identified, Monitoring, Update, Resolved, Postmortem (or give this file a maintenance window)',
    ],
    [
      'heading without time',
      edit(good, '## Resolved · 2026-11-28 14:05', '## Resolved'),
      8,
      'update heading "## Resolved" needs a status and a time, like "## Investigating · 2026-11-28 12:58"',
    ],
    [
      'unparsable time',
      edit(good, '2026-11-28 14:05', '2026-11-28 14.05'),
      8,
      'unparsable time "2026-11-28 14.05" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      'impossible date',
      edit(good, '2026-11-28 14:05', '2026-11-31 14:05'),
      8,
      'unparsable time "2026-11-31 14:05" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      'time skipped by DST',
      edit(good, '2026-11-28 14:05', '2026-03-29 02:30').replace(
        '2026-11-28 12:58',
        '2026-03-29 01:00',
      ),
      8,
      'time "2026-03-29 02:30" does not exist in Europe/Berlin (the clocks skip it); write the time after the change or add an offset',
    ],
    [
      'update without text',
      edit(good, 'Labels work again.\n', ''),
      8,
      'update "Resolved · 2026-11-28 14:05" has no text',
    ],
    [
      'no updates',
      good.slice(0, good.indexOf('## Resolved')),
      7,
      'no updates: add one below the front matter, like "## Investigating · 2026-11-28 12:58"',
    ],
    [
      'text before the first update',
      edit(good, '\n## Resolved', 'Some intro.\n## Resolved'),
      7,
      'text before the first update; start each update with a heading like "## Investigating · 2026-11-28 12:58"',
    ],
    [
      'not newest first',
      edit(good, '2026-11-28 12:58', '2026-11-28 14:30'),
      12,
      'updates must be newest first: this one (2026-11-28 14:30) is newer than the one above it on line 8',
    ],
    [
      'two updates at one time',
      edit(good, '2026-11-28 12:58', '2026-11-28 14:05'),
      12,
      'two updates at 2026-11-28 14:05 (lines 8 and 12); give each its own time',
    ],
    [
      'raw script',
      edit(good, 'Labels work again.', 'Labels work again.\n<script>alert(1)</script>'),
      11,
      'unsafe HTML <script> (raw HTML is never published; write Markdown)',
    ],
    [
      'event handler',
      edit(good, 'We see failed', 'We see <img src="x.png" onerror="alert(1)"> failed'),
      14,
      'unsafe HTML attribute "onerror" (raw HTML is never published; write Markdown)',
    ],
    [
      'javascript: link',
      edit(
        good,
        'We see failed label requests.',
        'We see\n[failed](javascript:alert(1)) requests.',
      ),
      15,
      'unsafe link "javascript:alert(1)" (only http, https and mailto links are published)',
    ],
    [
      'javascript: autolink',
      edit(good, 'Labels work again.', 'Labels <JavaScript:alert(1)> again.'),
      10,
      'unsafe link "JavaScript:alert(1)" (only http, https and mailto links are published)',
    ],
    [
      'end before start',
      edit(maintenance, 'end: 2026-12-12 19:30', 'end: 2026-12-12 18:30'),
      5,
      'maintenance ends before it starts (end 2026-12-12 18:30 is not after start 2026-12-12 19:00)',
    ],
    [
      'bad maintenance start',
      edit(maintenance, 'start: 2026-12-12 19:00', 'start: 12.12.2026 19:00'),
      4,
      'maintenance start: unparsable time "12.12.2026 19:00" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      'incident word in a maintenance',
      edit(maintenance, '## Scheduled', '## Resolved'),
      8,
      '"Resolved" is an incident status; a maintenance uses Scheduled, In progress, Verifying, Completed, Update',
    ],
  ])('%s', (_, text, line, message) => {
    const { incident, problems } = parseIncident(text, file, catalogue, config, now);
    expect(problems.map(formatProblem)).toEqual([`${file}:${line}: ${message}`]);
    expect(incident).toBeUndefined();
  });

  it.each([
    [
      'Incidents/DHL Labels.md',
      'file name "DHL Labels.md" is not URL-safe; rename it to "dhl-labels.md" (lower-case letters, digits and dashes)',
    ],
    [
      'incidents/störung_dhl.md',
      'file name "störung_dhl.md" is not URL-safe; rename it to "storung-dhl.md" (lower-case letters, digits and dashes)',
    ],
  ])('refuses the file name %s', (name, message) => {
    expect(parseIncident(good, name, catalogue, config, now).problems.map(formatProblem)).toEqual([
      `${name}: ${message}`,
    ]);
  });

  it.each([
    [
      'an update after now',
      edit(good, '2026-11-28 14:05', '2026-11-28 16:30'),
      8,
      'update dated in the future: 2026-11-28 16:30 is after now (2026-11-28 16:00 Europe/Berlin); check the time and its zone',
    ],
    [
      'a maintenance update after now',
      edit(
        maintenance,
        '## Scheduled · 2026-11-27 10:00',
        '## In progress · 2026-12-12 19:00\nStarted.\n\n## Scheduled · 2026-11-27 10:00',
      ),
      8,
      'update dated in the future: 2026-12-12 19:00 is after now (2026-11-28 16:00 Europe/Berlin); check the time and its zone',
    ],
    [
      'raw HTML other than scripts',
      edit(good, 'Labels work again.', 'Labels work<br>again.'),
      10,
      'raw HTML <br> is shown as text, not as HTML; write Markdown instead',
    ],
  ])('warns about %s but keeps the incident', (_, text, line, message) => {
    const { incident, problems } = parseIncident(text, file, catalogue, config, now);
    expect(problems.map(formatProblem)).toEqual([`${file}:${line}: warning: ${message}`]);
    expect(incident).toBeDefined();
  });

  it('reports every problem at once, in line order', () => {
    const text = edit(
      edit(edit(good, 'impact: major', 'impact: severe'), '  dhl:', '  dhll:'),
      '## Resolved',
      '## Resolvd',
    );
    expect(parseIncident(text, file, catalogue, config, now).problems.map((p) => p.line)).toEqual([
      3, 5, 8,
    ]);
  });

  it('accepts a Scheduled announcement dated after now (but before its window) without a warning', () => {
    const text = edit(maintenance, '2026-11-27 10:00', '2026-12-01 10:00');
    expect(parseIncident(text, file, catalogue, config, now).problems).toEqual([]);
  });
});

describe('parseIncident: what a valid file becomes', () => {
  it('reads an incident', () => {
    const { incident, problems } = parseIncident(good, file, catalogue, config, now);
    expect(problems).toEqual([]);
    expect(incident).toEqual({
      id: '2026-11-28-dhl',
      file,
      title: 'DHL labels fail',
      impact: 'major',
      kind: 'incident',
      components: { dhl: 'partial_outage' },
      maintenance: undefined,
      draft: false,
      updates: [
        {
          id: '2026-11-28-dhl-2026-11-28T13:05:00.000Z',
          status: 'resolved',
          at: new Date('2026-11-28T13:05:00Z'),
          markdown: 'Labels work again.',
          html: '<p>Labels work again.</p>',
          text: 'Labels work again.',
          line: 8,
        },
        {
          id: '2026-11-28-dhl-2026-11-28T11:58:00.000Z',
          status: 'investigating',
          at: new Date('2026-11-28T11:58:00Z'),
          markdown: 'We see failed label requests.',
          html: '<p>We see failed label requests.</p>',
          text: 'We see failed label requests.',
          line: 12,
        },
      ],
    });
  });

  it('reads a maintenance: group expanded, window in the page zone, impact none', () => {
    const { incident } = parseIncident(maintenance, file, catalogue, config, now);
    expect(incident).toMatchObject({
      kind: 'maintenance',
      impact: 'none',
      components: { dhl: 'under_maintenance', ups: 'under_maintenance', dpd: 'under_maintenance' },
      maintenance: {
        start: new Date('2026-12-12T18:00:00Z'),
        end: new Date('2026-12-12T18:30:00Z'),
      },
    });
  });

  it.each([
    [
      'list ids get the impact status',
      'components: [dhl, ups]',
      'critical',
      { dhl: 'major_outage', ups: 'major_outage' },
    ],
    [
      'a component overrides its group',
      'components:\n  dhl: major_outage\n  shipping: degraded_performance',
      'major',
      { dhl: 'major_outage', ups: 'degraded_performance', dpd: 'degraded_performance' },
    ],
    ['no components', 'draft: true', 'none', {}],
  ])('%s', (_, yaml, impact, components) => {
    const text = edit(
      edit(good, 'components:\n  dhl: partial_outage', yaml),
      'impact: major',
      `impact: ${impact}`,
    );
    expect(parseIncident(text, file, catalogue, config, now).incident?.components).toEqual(
      components,
    );
  });

  it.each([
    ['## Monitoring - 2026-11-28 14:05', 'monitoring', '2026-11-28T13:05:00.000Z'],
    ['## Update — 2026-11-28T14:05Z', 'update', '2026-11-28T14:05:00.000Z'],
    ['## identified | 2026-11-28 14:05 +02:00', 'identified', '2026-11-28T12:05:00.000Z'],
    ['## Behoben · 2026-11-28 14:05', 'resolved', '2026-11-28T13:05:00.000Z'],
    ['## Postmortem · 2026-11-28 14:05:30', 'postmortem', '2026-11-28T13:05:30.000Z'],
  ])('reads the heading %s', (heading, status, at) => {
    const update = parseIncident(
      edit(good, '## Resolved · 2026-11-28 14:05', heading),
      file,
      catalogue,
      config,
      now,
    ).incident?.updates[0];
    expect([update?.status, update?.at.toISOString()]).toEqual([status, at]);
  });

  it('keeps ## lines inside code fences as text', () => {
    const text = edit(
      good,
      'Labels work again.',
      'Labels work again:\n\n```\n## not a heading\n```',
    );
    expect(parseIncident(text, file, catalogue, config, now).incident?.updates[0]?.markdown).toBe(
      'Labels work again:\n\n```\n## not a heading\n```',
    );
  });

  it('marks drafts and notify: false', () => {
    const text = edit(good, 'impact: major', 'impact: major\ndraft: true\nnotify: false');
    expect(parseIncident(text, file, catalogue, config, now).incident).toMatchObject({
      draft: true,
      notify: false,
    });
  });
});

describe('loadIncidents', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'incidents-'));
    await writeFile(join(dir, '2026-11-28-dhl.md'), good);
    await writeFile(join(dir, '2026-11-28-DHL.md'), good);
    await writeFile(join(dir, 'README.md'), '# not an incident');
    await writeFile(join(dir, 'notes.txt'), 'x');
    await mkdir(join(dir, 'old'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads every file, names duplicates and stray files, skips README.md', async () => {
    const { incidents, problems } = await loadIncidents(dir, catalogue, config, now);
    const at = (name: string) => relative(process.cwd(), join(dir, name));
    expect(problems.map(formatProblem)).toEqual([
      `${at('2026-11-28-DHL.md')}: duplicate id "2026-11-28-dhl": ${at('2026-11-28-dhl.md')} has the same name`,
      `${at('2026-11-28-DHL.md')}: file name "2026-11-28-DHL.md" is not URL-safe; rename it to "2026-11-28-dhl.md" (lower-case letters, digits and dashes)`,
      `${at('notes.txt')}: warning: ignored: only .md files are incidents`,
      `${at('old')}: warning: ignored: subdirectories are not read`,
    ]);
    expect(incidents.map((i) => i.id)).toEqual(['2026-11-28-dhl']);
  });

  it('reads a missing directory as no incidents', async () => {
    expect(await loadIncidents(join(dir, 'missing'), catalogue, config, now)).toEqual({
      incidents: [],
      problems: [],
    });
  });

  it('finds the examples valid against the example catalogue', async () => {
    const { loadConfig } = await import('./config.ts');
    const example = loadConfig('status.config.yaml');
    const result = await loadIncidents(
      'examples/incidents',
      example.catalogue,
      example.config,
      new Date('2026-11-28T12:00:00Z'),
    );
    expect(result.problems).toEqual([]);
    expect(result.incidents.map((i) => [i.kind, i.impact, i.updates.length])).toEqual([
      ['maintenance', 'none', 3],
      ['incident', 'major', 4],
      ['incident', 'minor', 3],
      ['incident', 'minor', 3],
      ['maintenance', 'minor', 1],
    ]);
  });
});

describe('slugify', () => {
  it.each([
    ['DHL: Labels fail!', 'dhl-labels-fail'],
    ['Störung bei GLS Server 2', 'storung-bei-gls-server-2'],
    ['Straße', 'strasse'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
