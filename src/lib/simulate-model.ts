import type { Sample } from '../domain/data.ts';
import type { ProbeStatus } from '../domain/status.ts';
import { isoTime } from './store/layout.ts';
import type { ProbeRun } from './timeline.ts';

export const day = 86_400_000;
const minute = 60_000;

/** A time range the simulated probes saw as something other than operational (or not at all). */
export interface Disturbance {
  from: number;
  to: number;
  status: ProbeStatus;
}

/** Seeded disturbances: outages every ~3 weeks, degraded stretches every ~10 days. */
export function randomDisturbances(
  random: () => number,
  start: number,
  end: number,
): Disturbance[] {
  const list: Disturbance[] = [];
  const add = (
    everyDays: number,
    minMinutes: number,
    maxMinutes: number,
    status: () => ProbeStatus,
  ) => {
    for (
      let t = start + random() * everyDays * 2 * day;
      t < end;
      t += random() * everyDays * 2 * day
    ) {
      const length = (minMinutes + random() * (maxMinutes - minMinutes)) * minute;
      list.push({ from: t, to: t + length, status: status() });
    }
  };
  add(21, 4, 65, () => (random() < 0.6 ? 'major_outage' : 'partial_outage'));
  add(10, 10, 120, () => 'degraded_performance');
  return list;
}

/** Run times: one per interval, started up to 3 min late (GitHub's scheduler), none in an outage of
 * the scheduler (every ~2 weeks, 15–50 min). */
export function schedule(
  random: () => number,
  start: number,
  end: number,
  interval: number,
): number[] {
  const times: number[] = [];
  let pauseUntil = 0;
  for (let slot = start; slot < end; slot += interval) {
    if (random() < interval / (14 * day)) pauseUntil = slot + (15 + random() * 35) * minute;
    const time = Math.min(slot + Math.floor(random() * random() * 180) * 1000, end - 1000);
    if (time >= pauseUntil) times.push(time);
  }
  return times;
}

/** The status each run measured, from the disturbances (sorted by start). */
export function statuses(times: number[], disturbances: Disturbance[]): ProbeRun[] {
  let d = 0;
  return times.map((time) => {
    while (d < disturbances.length && disturbances[d]!.to <= time) d++;
    let status: ProbeStatus = 'operational';
    for (let i = d; i < disturbances.length && disturbances[i]!.from <= time; i++) {
      if (disturbances[i]!.to > time) status = disturbances[i]!.status;
    }
    return { time, status, samples: [] };
  });
}

/** One simulated sample: latency around `base`, over the threshold when degraded, none when failing. */
export function sampleAt(
  time: number,
  status: ProbeStatus,
  base: number,
  threshold: number,
  random: () => number,
): Sample {
  const jitter = base * (0.8 + random() * 0.6) * (random() < 0.02 ? 3 : 1);
  const sample: Sample = {
    time: isoTime(time),
    location: 'default',
    status,
    latency: Math.round(jitter),
    attempts: 1,
  };
  if (status === 'degraded_performance') sample.latency = Math.round(threshold * (1.1 + random()));
  if (status === 'major_outage' || status === 'partial_outage') {
    sample.latency = null;
    sample.attempts = 3;
    sample.error =
      random() < 0.5
        ? { kind: 'timeout', message: 'no answer within 10 s' }
        : { kind: 'status', message: 'HTTP 503 Service Unavailable (expected 200)' };
  } else sample.httpStatus = 200;
  return sample;
}

/** A small seeded PRNG (mulberry32): fast, and the same seed gives the same history everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a seed from a text. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
