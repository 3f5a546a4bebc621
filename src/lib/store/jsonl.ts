import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../../domain/problem.ts';

/** A path as people see it in messages: relative to the working directory where possible. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * One record as one JSON line with keys in the given order (nested keys too), so the same
 * record always serialises to the same bytes and git diffs stay one line per change.
 */
export function toLine(record: object, keys: readonly string[]): string {
  return JSON.stringify(record, keys as string[]);
}

/** The records of a JSON Lines file; each damaged line becomes a located problem, the rest loads. */
export async function readRecords<T>(
  file: string,
  schema: z.ZodType<T>,
): Promise<{ records: T[]; problems: Problem[] }> {
  const text = await readFile(file, 'utf8');
  return parseRecords(text, displayPath(file), schema);
}

/** Parses JSON Lines text (see readRecords); a cut-off last line (a killed append) is only a warning. */
export function parseRecords<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { records: T[]; problems: Problem[] } {
  const records: T[] = [];
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const unterminated = !text.endsWith('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const last = index === lines.length - 1 && unterminated;
    const problem = (message: string): Problem => ({
      file,
      line: index + 1,
      message: last ? `${message} (an interrupted write? the line is ignored)` : message,
      severity: last ? 'warning' : 'error',
    });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(problem(`not valid JSON: ${(error as Error).message}`));
      return;
    }
    const result = schema.safeParse(value);
    if (result.success) records.push(result.data);
    else {
      const issue = result.error.issues[0]!;
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      problems.push(problem(`${where}${issue.message}`));
    }
  });
  return { records, problems };
}

/** Replaces a file in one step: a killed process leaves the old file or the new one, never half. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, text, { flush: true });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Appends whole lines in one write. If an earlier write was cut off mid-line, a newline first
 * ends that fragment, so our lines stay whole and the fragment alone is reported.
 */
export async function appendLines(file: string, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  await mkdir(dirname(file), { recursive: true });
  const prefix = (await endsMidLine(file)) ? '\n' : '';
  await appendFile(file, `${prefix}${lines.join('\n')}\n`, { flush: true });
}

async function endsMidLine(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, size - 1);
    return buffer[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}

/** Keeps one record per key (the greatest serialisation wins, so the choice is deterministic), sorted by key. */
export function dedupeBy<T>(records: T[], key: (record: T) => string): T[] {
  const byKey = new Map<string, { record: T; text: string }>();
  for (const record of records) {
    const k = key(record);
    const text = JSON.stringify(record);
    const seen = byKey.get(k);
    if (!seen || text > seen.text) byKey.set(k, { record, text });
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, v]) => v.record);
}
