import { mkdtemp, readdir, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../domain/catalogue.ts';
import { StatusConfig } from '../../domain/config.ts';
import type { ProbeResult } from '../../domain/result.ts';
import type { ProbeStatus } from '../../domain/status.ts';
import { buildAggregates } from '../aggregate.ts';
import { readStore } from '../site-data.ts';
import { gitattributes } from './append.ts';
import { appendResults, checkData, compact, latestResults, readComponentData } from '../store.ts';

const catalogue = buildCatalogue(
  StatusConfig.parse({
    site: { title: 'T', url: 'https://s.example/', timezone: 'Europe/Berlin' },
    notifications: {},
    components: [
      { id: 'dhl', name: 'DHL', check: { url: 'https://d.example/' } },
      { id: 'ups', name: 'UPS', check: { url: 'https://u.example/' } },
    ],
  }),
);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const result = (
  time: string,
  status: ProbeStatus = 'operational',
  extra: Partial<ProbeResult> = {},
): ProbeResult => ({
  component: 'dhl',
  time,
  status,
  latency: status === 'major_outage' ? null : 123.4,
  attempts: 1,
  location: 'eu',
  ...extra,
});

/** Results every 5 minutes from `from` for `hours`, failing where `fails(time)`. */
function series(
  from: string,
  hours: number,
  fails: (t: number) => boolean = () => false,
): ProbeResult[] {
  const list: ProbeResult[] = [];
  for (let t = Date.parse(from); t < Date.parse(from) + hours * 3_600_000; t += 300_000) {
    list.push(result(new Date(t).toISOString(), fails(t) ? 'major_outage' : 'operational'));
  }
  return list;
}

async function files(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(root.length + 1)] = await readFile(path, 'utf8');
    }
  }
  return out;
}

describe('appendResults', () => {
  it('appends one line per run with fixed key orders, components sorted, no timings', async () => {
    await appendResults(
      dir,
      [
        result('2026-11-28T10:00:02.000Z', 'major_outage', {
          httpStatus: 503,
          error: { message: 'HTTP 503', kind: 'status' },
          timings: { dns: 1 },
          attempts: 3,
        }),
        result('2026-11-28T10:00:00.000Z', 'operational', { component: 'ups' }),
      ],
      { now: new Date('2026-11-28T10:06:00Z') },
    );
    expect(await files(dir)).toEqual({
      '.gitattributes': gitattributes,
      'schema.json': '{"schemaVersion":1}\n',
      'raw/2026-11-28.jsonl':
        '{"time":"2026-11-28T10:00:00.000Z","location":"eu","results":{' +
        '"dhl":{"status":"major_outage","latency":null,"httpStatus":503,"error":{"kind":"status","message":"HTTP 503"},"attempts":3},' +
        '"ups":{"status":"operational","latency":123,"attempts":1}}}\n',
    });
  });
});

describe('reading', () => {
  it('dedupes and sorts lines a union merge interleaved', async () => {
    await mkdir(join(dir, 'raw'), { recursive: true });
    const line = (m: string, loc = 'eu') =>
      `{"time":"2026-11-28T10:${m}:00.000Z","location":"${loc}","results":{"dhl":{"status":"operational","latency":1,"attempts":1}}}`;
    await writeFile(
      join(dir, 'raw/2026-11-28.jsonl'),
      [line('10'), line('00'), line('05', 'us'), line('10'), line('05')].join('\n') + '\n',
    );
    const data = await readComponentData(dir, 'dhl');
    expect(data.samples.map((s) => `${s.time.slice(14, 16)} ${s.location}`)).toEqual([
      '00 eu',
      '05 eu',
      '05 us',
      '10 eu',
    ]);
    expect(data.problems).toEqual([]);
  });

  it('names a damaged line and still loads the rest; checkData reports it as an error', async () => {
    await appendResults(dir, series('2026-11-28T10:00:00Z', 1), {
      now: new Date('2026-11-28T11:00:00Z'),
    });
    const file = join(dir, 'raw/2026-11-28.jsonl');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] =
      '{"time":"2026-11-28T10:05:00.000Z","location":"eu","results":{"dhl":{"status":"fine","latency":1,"attempts":1}}}';
    lines[2] = '{"time": oops';
    await writeFile(file, lines.join('\n'));
    const data = await readComponentData(dir, 'dhl');
    expect(data.samples).toHaveLength(10);
    expect(
      data.problems.map((p) => [
        p.file.endsWith('raw/2026-11-28.jsonl'),
        p.line,
        p.severity,
        p.message.split(':')[0],
      ]),
    ).toEqual([
      [true, 2, 'error', 'results.dhl.status'],
      [true, 3, 'error', 'not valid JSON'],
    ]);
    expect((await checkData(dir, catalogue)).filter((p) => p.severity === 'error')).toHaveLength(2);
  });

  it('survives a killed append (cut-off last line) and a leftover temp file', async () => {
    await appendResults(dir, series('2026-11-28T10:00:00Z', 1), {
      now: new Date('2026-11-28T11:00:00Z'),
    });
    const file = join(dir, 'raw/2026-11-28.jsonl');
    await writeFile(file, (await readFile(file, 'utf8')) + '{"time":"2026-11-28T11:00:00.0');
    const temp = join(dir, 'raw/2026-11-28.jsonl.tmp-123-abcd1234');
    await writeFile(temp, '{"half":');
    await appendResults(dir, [result('2026-11-28T11:05:00.000Z')], {
      now: new Date('2026-11-28T11:06:00Z'),
    });
    const data = await readComponentData(dir, 'dhl');
    expect(data.samples).toHaveLength(13);
    expect(data.problems.map((p) => [p.line, p.severity])).toEqual([[13, 'error']]);
    // Compaction removes temp files once they are old enough not to belong to a running writer.
    await utimes(temp, new Date('2026-01-01'), new Date('2026-01-01'));
    await compact(dir, new Date('2026-11-28T11:06:00Z'), 'Europe/Berlin');
    expect(Object.keys(await files(dir)).sort()).toEqual([
      '.gitattributes',
      'raw/2026-11-28.jsonl',
      'schema.json',
    ]);
  });

  it('reports a schema version it cannot read, and unknown component directories', async () => {
    await appendResults(
      dir,
      [result('2026-11-28T10:00:00.000Z', 'operational', { component: 'dhll' })],
      { now: new Date('2026-11-28T10:01:00Z') },
    );
    await writeFile(join(dir, 'schema.json'), '{"schemaVersion":2}\n');
    await mkdir(join(dir, 'timeline/gls-9'), { recursive: true });
    await writeFile(join(dir, 'raw/notes.txt'), 'hi');
    const problems = await checkData(dir, catalogue);
    expect(problems.map((p) => [p.file.slice(dir.length), p.severity, p.message])).toEqual([
      [
        '/schema.json',
        'error',
        'schema version 2, but this version of the software reads 1; update the software (or migrate the data) before building',
      ],
      [
        '/raw/notes.txt',
        'warning',
        'unexpected entry (raw files are named like 2026-11-28.jsonl); it is ignored',
      ],
      [
        '/raw/2026-11-28.jsonl',
        'warning',
        'results of unknown component "dhll" (did you mean "dhl"?) (renamed or removed?)',
      ],
      [
        '/timeline/gls-9',
        'warning',
        'data of unknown component "gls-9" (renamed or removed?); move or delete the directory',
      ],
    ]);
    expect((await readStore(dir, catalogue)).problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('latestResults gives the newest samples first, across days', async () => {
    await appendResults(dir, series('2026-11-27T23:50:00Z', 0.25), {
      now: new Date('2026-11-28T00:05:00Z'),
    });
    const latest = await latestResults(dir, 'dhl', 3);
    expect(latest.map((s) => s.time)).toEqual([
      '2026-11-28T00:00:00.000Z',
      '2026-11-27T23:55:00.000Z',
      '2026-11-27T23:50:00.000Z',
    ]);
    expect(await latestResults(dir, 'ups', 3)).toEqual([]);
  });

  it('latestResults reads on into older days when repeated lines fill the newest one', async () => {
    const times = [
      '2026-11-27T23:55:00.000Z',
      '2026-11-28T00:00:00.000Z',
      '2026-11-28T00:05:00.000Z',
    ];
    await appendResults(
      dir,
      times.map((t) => result(t)),
      { now: new Date(times[2]!) },
    );
    const file = join(dir, 'raw', '2026-11-28.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text + text); // both sides of a union merge kept every line
    const latest = await latestResults(dir, 'dhl', 3);
    expect(latest.map((s) => s.time)).toEqual([...times].reverse());
  });

  it('latestResults counts a union-merged repeated line once and skips checks that could not run', async () => {
    const at = (m: number) => `2026-11-28T10:${String(m).padStart(2, '0')}:00.000Z`;
    const noSecret = { error: { kind: 'config' as const, message: 'DHL_API_KEY is not set' } };
    await appendResults(dir, [result(at(0), 'major_outage'), result(at(5), 'major_outage')], {
      now: new Date(at(30)),
    });
    await appendResults(dir, [result(at(10), 'major_outage', noSecret), result(at(15))], {
      now: new Date(at(30)),
    });
    const file = join(dir, 'raw', '2026-11-28.jsonl');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    // A union merge of two branches that both carried the newest line.
    await writeFile(file, `${[...lines, lines.at(-1)!].join('\n')}\n`);
    const latest = await latestResults(dir, 'dhl', 3);
    expect(latest.map((s) => [s.time, s.status])).toEqual([
      [at(15), 'operational'],
      [at(5), 'major_outage'],
      [at(0), 'major_outage'],
    ]);
  });
});

describe('compaction', () => {
  // 5 days of 5-minute runs with a 30-minute outage on the first day and a 1-hour gap on the second.
  const fails = (t: number) =>
    t >= Date.parse('2026-11-24T08:00:00Z') && t < Date.parse('2026-11-24T08:30:00Z');
  const gap = (r: ProbeResult) => !(r.time >= '2026-11-25T12:00' && r.time < '2026-11-25T13:00');
  const all = series('2026-11-24T00:00:00Z', 5 * 24, fails).filter(gap);
  const now = new Date('2026-11-28T23:59:00Z');

  it('ends a compacted day by the next measured run, not by a check that could not run', async () => {
    const noSecret = { error: { kind: 'config' as const, message: 'DHL_API_KEY is not set' } };
    const missing = (r: ProbeResult) => r.time >= '2026-11-26T00:00' && r.time < '2026-11-26T00:20';
    const results = all.map((r) =>
      missing(r) ? { ...r, status: 'major_outage' as const, latency: null, ...noSecret } : r,
    );
    await appendResults(dir, results, { now: new Date('2026-11-24T00:00:00Z') });
    const days = async () =>
      buildAggregates({
        catalogue,
        data: (await readStore(dir, catalogue)).data,
        incidents: [],
        now,
        timezone: 'UTC',
      }).history.get('dhl')!;
    const before = await days();
    // 23:55 is the last run of the 25th: its time runs to 00:05 (twice the interval), not 00:00.
    expect(before.find((d) => d.date === '2026-11-26')!.seconds.covered).toBe(86_400 - 15 * 60);
    await compact(dir, now, 'UTC');
    expect(await days()).toEqual(before);
  });

  it('rolls old raw days into segments and hourly roll-ups, idempotently, without changing a day', async () => {
    await appendResults(dir, all, { now: new Date('2026-11-24T00:00:00Z') });
    const before = buildAggregates({
      catalogue,
      data: (await readStore(dir, catalogue)).data,
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    await compact(dir, now, 'Europe/Berlin');
    const once = await files(dir);
    expect(Object.keys(once).sort()).toEqual([
      '.gitattributes',
      'hourly/dhl/2026-11.jsonl',
      'raw/2026-11-26.jsonl',
      'raw/2026-11-27.jsonl',
      'raw/2026-11-28.jsonl',
      'schema.json',
      'timeline/dhl/2026.jsonl',
    ]);
    expect(once['timeline/dhl/2026.jsonl']).toBe(
      [
        '{"from":"2026-11-24T00:00:00Z","to":"2026-11-24T08:00:00Z","status":"operational"}',
        '{"from":"2026-11-24T08:00:00Z","to":"2026-11-24T08:30:00Z","status":"major_outage"}',
        '{"from":"2026-11-24T08:30:00Z","to":"2026-11-25T00:00:00Z","status":"operational"}',
        '{"from":"2026-11-25T00:00:00Z","to":"2026-11-25T12:05:00Z","status":"operational"}',
        '{"from":"2026-11-25T13:00:00Z","to":"2026-11-26T00:00:00Z","status":"operational"}',
        '',
      ].join('\n'),
    );
    expect(once['hourly/dhl/2026-11.jsonl']!.split('\n')[8]).toBe(
      '{"hour":"2026-11-24T08:00:00Z","count":12,"failed":6,"avg":123,"p95":123}',
    );
    await compact(dir, now, 'Europe/Berlin');
    expect(await files(dir)).toEqual(once);
    const after = buildAggregates({
      catalogue,
      data: (await readStore(dir, catalogue)).data,
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    expect(after.history.get('dhl')).toEqual(before.history.get('dhl'));
    expect(
      after.history
        .get('dhl')!
        .filter((d) => d.kind !== 'no_data')
        .map((d) => [d.date, d.seconds.major, d.seconds.noData]),
    ).toEqual([
      ['2026-11-24', 1800, 3600],
      ['2026-11-25', 0, 3300],
      ['2026-11-26', 0, 0],
      ['2026-11-27', 0, 0],
      ['2026-11-28', 0, 0],
      ['2026-11-29', 0, 0],
    ]);
  });

  it('keeps a damaged raw day (rolling up its good lines) and never rewrites a damaged roll-up', async () => {
    await appendResults(dir, all, { now: new Date('2026-11-24T00:00:00Z') });
    const raw = join(dir, 'raw/2026-11-24.jsonl');
    await writeFile(
      raw,
      (await readFile(raw, 'utf8')).replace(/"latency":123/, '"latency":"slow"'),
    );
    await mkdir(join(dir, 'timeline/dhl'), { recursive: true });
    const timeline = join(dir, 'timeline/dhl/2026.jsonl');
    await writeFile(timeline, 'hand-edited\n');
    await compact(dir, now, 'Europe/Berlin');
    const after = await files(dir);
    expect(after['timeline/dhl/2026.jsonl']).toBe('hand-edited\n');
    // Both old raw days stay while their roll-ups cannot be written; the damaged line is named.
    expect(Object.keys(after).filter((f) => f.startsWith('raw/'))).toEqual([
      'raw/2026-11-24.jsonl',
      'raw/2026-11-25.jsonl',
      'raw/2026-11-26.jsonl',
      'raw/2026-11-27.jsonl',
      'raw/2026-11-28.jsonl',
    ]);
    const problems = await checkData(dir, catalogue);
    expect(problems.map((p) => [p.file.slice(dir.length), p.line])).toEqual([
      ['/raw/2026-11-24.jsonl', 1],
      ['/timeline/dhl/2026.jsonl', 1],
    ]);
    // Once the roll-up is repaired, the good day goes; the damaged one stays (rolled up) to be fixed.
    await rm(timeline);
    await compact(dir, now, 'Europe/Berlin');
    const repaired = await files(dir);
    expect(Object.keys(repaired).filter((f) => f.startsWith('raw/'))[0]).toBe(
      'raw/2026-11-24.jsonl',
    );
    expect(Object.keys(repaired)).not.toContain('raw/2026-11-25.jsonl');
    expect(repaired['timeline/dhl/2026.jsonl']!.split('\n')[0]).toBe(
      '{"from":"2026-11-24T00:05:00Z","to":"2026-11-24T08:00:00Z","status":"operational"}',
    );
  });
});
