import type { z } from 'zod';
import type { Problem } from '../domain/problem.ts';
import { didYouMean } from './did-you-mean.ts';
import type { YamlLocator } from './yaml-lines.ts';

/** How a problem names the place it is about, e.g. `component "dhl": check.url`. */
export type PathLabel = (path: readonly PropertyKey[]) => string;

/** Options for {@link zodProblems}. */
export interface ZodProblemOptions {
  /** The valid keys at a path, for "did you mean" suggestions. */
  knownKeys?: (path: readonly PropertyKey[]) => string[];
  /** Names a path for people; default the dotted path (`components.0.check`). */
  label?: PathLabel;
}

/** Turns zod's issues into located, readable problems, each `<where>: <what is wrong>`. */
export function zodProblems(
  error: z.ZodError,
  file: string,
  locator: YamlLocator,
  options: ZodProblemOptions = {},
): Problem[] {
  const knownKeys = options.knownKeys ?? (() => []);
  const label = options.label ?? ((path) => path.map(String).join('.'));
  const at = (path: readonly PropertyKey[]) => (path.length > 0 ? `${label(path)}: ` : '');
  const problem = (line: number, message: string): Problem => ({
    file,
    line,
    message,
    severity: 'error',
  });
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem(
          locator.lineOfKey(path, key),
          `${at(path)}unknown key "${key}"${didYouMean(key, knownKeys(path))}`,
        ),
      );
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const parent = path.slice(0, -1);
      return [
        problem(lineOfParent(locator, parent), `${at(parent)}missing "${String(path.at(-1))}"`),
      ];
    }
    return [problem(locator.lineOf(path), `${at(path)}${describeIssue(issue)}`)];
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type')
    return `expected ${issue.expected}, found ${describe(issue.input)}`;
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const given = String(issue.input);
    return `unknown value "${given}" (one of ${allowed.join(', ')})${didYouMean(given, allowed)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return 'must not be empty';
  return issue.message;
}

/** A mapping's own line is that of its key (`site:`), not of its first entry. */
function lineOfParent(locator: YamlLocator, parent: readonly PropertyKey[]): number {
  const key = parent.at(-1);
  return typeof key === 'string'
    ? locator.lineOfKey(parent.slice(0, -1), key)
    : locator.lineOf(parent);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
