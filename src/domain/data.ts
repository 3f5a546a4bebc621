/**
 * What `data/` holds, one zod schema per record kind. Every file is JSON Lines (one record a line,
 * keys in a fixed order), so a probe run appends whole lines and git merges racing runs line by line.
 * Layout (see the README, "Probe data"):
 *   data/schema.json                              { "schemaVersion": 1 }
 *   data/raw/<YYYY-MM-DD>.jsonl                    one RawRun a line (UTC day), kept 3 days
 *   data/hourly/<component>/<YYYY-MM>.jsonl        one HourlyRollup a line (UTC hour), kept ≥ 40 days
 *   data/timeline/<component>/<YYYY>.jsonl         one StatusSegment a line, kept forever
 */
import { z } from 'zod';
import { ErrorKind } from './result.ts';
import { ProbeStatus } from './status.ts';

/** The layout and record version this code reads and writes. */
export const dataSchemaVersion = 1;

/** `data/schema.json`: the version of the layout; a mismatch is reported, never guessed around. */
export const DataSchema = z.strictObject({
  /** Layout version (see dataSchemaVersion). */
  schemaVersion: z.number().int().min(1),
});
export type DataSchema = z.infer<typeof DataSchema>;

/** One probe result of one component at one location, as stored (no secrets: redacted by the probe). */
export const Sample = z.strictObject({
  /** When the check started (ISO 8601, UTC). */
  time: z.iso.datetime(),
  /** The runner location that measured it. */
  location: z.string().min(1),
  /** What the check concluded. */
  status: ProbeStatus,
  /** Milliseconds of the last attempt; null without an answer. */
  latency: z.number().nonnegative().nullable(),
  /** HTTP status code of the last answer. */
  httpStatus: z.number().int().optional(),
  /** Why it failed (already redacted by the probe). */
  error: z.strictObject({ kind: ErrorKind, message: z.string() }).optional(),
  /** Something to look at that is not a failure yet. */
  warning: z.string().optional(),
  /** Attempts made. */
  attempts: z.number().int().min(1),
});
export type Sample = z.infer<typeof Sample>;

/** One component's result within a run line (time and location are the run's). */
export const RawResult = Sample.omit({ time: true, location: true });
export type RawResult = z.infer<typeof RawResult>;

/**
 * One probe run at one location (or one shard of it): every component's result on one line, so a
 * run appends one line to one file and git stores one small delta per run, not one per component.
 */
export const RawRun = z.strictObject({
  /** When the run started (ISO 8601, UTC): the earliest of its checks. */
  time: z.iso.datetime(),
  /** The runner location. */
  location: z.string().min(1),
  /** Component id → its result, ids in alphabetical order. */
  results: z.record(z.string(), RawResult),
});
export type RawRun = z.infer<typeof RawRun>;

/** Response times of one component in one UTC hour (for the week and month charts). */
export const HourlyRollup = z.strictObject({
  /** Start of the hour (ISO 8601, UTC, like 2026-11-28T10:00:00Z). */
  hour: z.iso.datetime(),
  /** Samples in the hour. */
  count: z.number().int().min(0),
  /** Samples that failed (major outage at their location). */
  failed: z.number().int().min(0),
  /** Average latency in ms over samples with an answer; null for none. */
  avg: z.number().nonnegative().nullable(),
  /** 95th percentile latency in ms (nearest rank); null for none. */
  p95: z.number().nonnegative().nullable(),
});
export type HourlyRollup = z.infer<typeof HourlyRollup>;

/** A stretch of time with one probe-derived status: the compact, zone-free form of history. */
export const StatusSegment = z.strictObject({
  /** Start (ISO 8601, UTC), inclusive. */
  from: z.iso.datetime(),
  /** End (ISO 8601, UTC), exclusive; at most twice the interval after the last sample. */
  to: z.iso.datetime(),
  /** The status measured over it. */
  status: ProbeStatus,
});
export type StatusSegment = z.infer<typeof StatusSegment>;

/** A segment with times as epoch milliseconds, as the computation uses it. */
export interface Span {
  /** Start, epoch ms, inclusive. */
  from: number;
  /** End, epoch ms, exclusive. */
  to: number;
  /** Status over the span; `no_data` where nothing was measured. */
  status: SpanStatus;
}

/** What a moment of a component's timeline is. */
export type SpanStatus =
  | 'operational'
  | 'degraded_performance'
  | 'partial_outage'
  | 'major_outage'
  | 'under_maintenance'
  | 'no_data';
