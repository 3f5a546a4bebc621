import { parseArgs } from 'node:util';
import { expandComponentId, type Catalogue, type Component } from '../src/domain/catalogue.ts';
import { knownIds } from '../src/domain/catalogue.ts';
import { didYouMean } from '../src/lib/did-you-mean.ts';

/** What `npm run probe -- …` was asked to do. */
export interface ProbeArgs {
  /** Component or group ids to probe; empty means all. */
  only: string[];
  /** Probe, but store nothing. */
  dryRun: boolean;
  /** One JSON result per line on stdout (the summary goes to stderr). */
  json: boolean;
  help: boolean;
}

/** A mistake in the command line; printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** The usage text. */
export const usage = `Usage: npm run probe -- [--only id,id] [--dry-run] [--json]

  --only id,id   probe only these components (a group id stands for its components)
  --dry-run      probe, but write nothing to the data directory
  --json         print one JSON result per line to stdout; the summary goes to stderr
  --help         show this text

Environment: STATUS_CONFIG, STATUS_DATA_DIR, PROBE_LOCATION, GITHUB_STEP_SUMMARY.`;

/** Reads the command line. */
export function parseProbeArgs(argv: string[]): ProbeArgs {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        only: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const only = (values.only ?? [])
      .flatMap((list) => list.split(','))
      .map((id) => id.trim())
      .filter(Boolean);
    return { only, dryRun: values['dry-run'], json: values.json, help: values.help };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The components `--only` names (all when empty); an unknown id is a UsageError with a suggestion. */
export function selectComponents(catalogue: Catalogue, only: string[]): Component[] {
  if (only.length === 0) return catalogue.components;
  const wanted = new Set<string>();
  for (const id of only) {
    const ids = expandComponentId(catalogue, id);
    if (!ids)
      throw new UsageError(
        `--only: unknown component "${id}"${didYouMean(id, knownIds(catalogue))}`,
      );
    for (const each of ids) wanted.add(each);
  }
  return catalogue.components.filter((component) => wanted.has(component.id));
}
