import { expandComponentId, knownIds, type Catalogue } from '../../domain/catalogue.ts';
import type { Problem } from '../../domain/problem.ts';
import { ComponentStatus, type IncidentImpact } from '../../domain/status.ts';
import { closest, didYouMean } from '../did-you-mean.ts';
import type { YamlLocator } from '../yaml-lines.ts';

/** The status a listed component gets when the file names only its id. */
export const defaultStatus: Record<IncidentImpact | 'maintenance', ComponentStatus> = {
  none: 'operational',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
  maintenance: 'under_maintenance',
};

/**
 * Reads `components` (a mapping `id: status` or a list of ids) into component id → status,
 * groups expanded; a component named on its own overrides its group's status.
 */
export function readComponents(
  value: unknown,
  fallback: ComponentStatus,
  catalogue: Catalogue,
  file: string,
  locator: YamlLocator,
): { components: Record<string, ComponentStatus>; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (line: number, message: string) =>
    problems.push({ file, line, message, severity: 'error' });
  const entries: { id: string; status: unknown; line: number }[] = [];
  if (value === undefined || value === null) return { components: {}, problems };
  if (Array.isArray(value)) {
    value.forEach((id, i) =>
      entries.push({ id: String(id), status: fallback, line: locator.lineOf(['components', i]) }),
    );
  } else if (typeof value === 'object') {
    for (const [id, status] of Object.entries(value)) {
      entries.push({ id, status, line: locator.lineOfKey(['components'], id) });
    }
  } else {
    add(
      locator.lineOf(['components']),
      'components: write a mapping like "dhl: partial_outage" or a list of ids like "[dhl, ups]"',
    );
    return { components: {}, problems };
  }

  const groupFirst = [...entries].sort((a, b) => rank(catalogue, a.id) - rank(catalogue, b.id));
  const components: Record<string, ComponentStatus> = {};
  for (const entry of groupFirst) {
    const ids = expandComponentId(catalogue, entry.id);
    if (!ids)
      add(
        entry.line,
        `unknown component "${entry.id}"${didYouMean(entry.id, knownIds(catalogue))}`,
      );
    const status = ComponentStatus.safeParse(entry.status);
    if (!status.success) add(entry.line, statusMessage(entry.id, entry.status));
    if (ids && status.success) for (const id of ids) components[id] = status.data;
  }
  problems.sort((a, b) => a.line - b.line);
  return { components, problems };
}

/** Groups sort before components so that a component named on its own wins. */
function rank(catalogue: Catalogue, id: string): number {
  return catalogue.groups.some((group) => group.id === id) ? 0 : 1;
}

function statusMessage(id: string, status: unknown): string {
  const allowed = ComponentStatus.options;
  if (status === null || status === undefined) {
    return `no status for component "${id}" (write "${id}: partial_outage", or list ids without statuses)`;
  }
  const given = String(status);
  // "partial" or "major" are too far from their full names for an edit distance; a prefix finds them.
  const prefix = allowed.find(
    (option) => option.startsWith(given.toLowerCase()) && given.length >= 3,
  );
  const hint =
    closest(given, allowed) === undefined && prefix
      ? ` (did you mean "${prefix}"?)`
      : didYouMean(given, allowed);
  return `unknown status "${given}" for component "${id}" (one of ${allowed.join(', ')})${hint}`;
}
