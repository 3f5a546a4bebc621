import type { z } from 'zod';
import type { Problem } from '../domain/problem.ts';
import { didYouMean } from './did-you-mean.ts';
import type { YamlLocator } from './yaml-lines.ts';

/** Turns zod's issues into located, readable problems; `known` lists valid keys per path for suggestions. */
export function zodProblems(
  error: z.ZodError,
  file: string,
  locator: YamlLocator,
  knownKeys: (path: readonly PropertyKey[]) => string[] = () => [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const where = issue.path.map(String).join('.');
    const at = where ? `${where}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          line: locator.lineOfKey(issue.path, key),
          message: `unknown key "${key}"${where ? ` in ${where}` : ''}${didYouMean(key, knownKeys(issue.path))}`,
          severity: 'error',
        });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = `missing "${String(issue.path.at(-1))}"`;
      problems.push({ file, line: locator.lineOf(issue.path.slice(0, -1)), message, severity: 'error' });
      continue;
    }
    if (issue.code === 'invalid_type') message = `${at}expected ${issue.expected}, found ${describe(issue.input)}`;
    else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const given = String(issue.input);
      message = `${at}unknown value "${given}" (one of ${allowed.join(', ')})${didYouMean(given, allowed)}`;
    } else if (issue.code === 'too_small' && issue.origin === 'array') {
      message = `${at}must not be empty`;
    } else message = `${at}${message}`;
    problems.push({ file, line: locator.lineOf(issue.path), message, severity: 'error' });
  }
  return problems;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
