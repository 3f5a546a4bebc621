import { z } from 'zod';

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const pattern = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;

/** Parses "1500ms", "10s", "5m", "2h", "1d" into milliseconds; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * units[match[2]!]!);
}

/** A duration written as "1500ms", "10s", "5m", "2h" or "1d", read as milliseconds. */
export const Duration = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) {
    ctx.addIssue({
      code: 'custom',
      message: `bad duration "${text}" (write a number and a unit: 1500ms, 10s, 5m, 2h, 1d)`,
    });
    return z.NEVER;
  }
  return ms;
});
