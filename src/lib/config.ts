import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { buildCatalogue, type Catalogue } from '../domain/catalogue.ts';
import { StatusConfig } from '../domain/config.ts';
import { ProblemsError, type Problem } from '../domain/problem.ts';
import { projectPaths } from './paths.ts';
import { YamlLocator } from './yaml-lines.ts';
import { zodProblems } from './zod-problems.ts';

/** A validated config with its catalogue. */
export interface LoadedConfig {
  /** The settings, defaults filled in. */
  config: StatusConfig;
  /** Components and groups in page order, checks resolved. */
  catalogue: Catalogue;
  /** Path of the file it came from. */
  file: string;
}

/** Validates config text; returns every problem at once, located as `file:line`. */
export function parseConfig(
  text: string,
  file: string,
): { loaded?: LoadedConfig; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locator = new YamlLocator(doc, lines);
  const syntax = doc.errors.map<Problem>((error) => ({
    file,
    line: locator.lineAt(error.pos[0]),
    message: `YAML: ${error.message.split('\n')[0]}`,
    severity: 'error',
  }));
  if (syntax.length > 0) return { problems: syntax };

  const raw: unknown = doc.toJS();
  const result = StatusConfig.safeParse(raw);
  // Catalogue rules run on the raw data too, so every mistake is reported at once.
  const problems = [
    ...(result.success
      ? []
      : zodProblems(result.error, file, locator, {
          knownKeys: keysAt,
          label: (path) => labelOf(raw, path),
        })),
    ...catalogueProblems(raw, file, locator),
  ].sort((a, b) => a.line - b.line);
  if (!result.success || problems.length > 0) return { problems };
  return {
    loaded: { config: result.data, catalogue: buildCatalogue(result.data), file },
    problems,
  };
}

/** Reads and validates the config at STATUS_CONFIG (or `status.config.yaml`); throws every problem. */
export function loadConfig(path = projectPaths().config): LoadedConfig {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new ProblemsError([
      { file, line: 0, message: `cannot read the config: ${reason}`, severity: 'error' },
    ]);
  }
  const { loaded, problems } = parseConfig(text, file);
  if (!loaded) throw new ProblemsError(problems);
  return loaded;
}

/** Rules that span entries (unique ids, check xor manual, non-empty groups), on unvalidated data. */
function catalogueProblems(raw: unknown, file: string, locator: YamlLocator): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const add = (path: PropertyKey[], message: string) =>
    problems.push({ file, line: locator.lineOf(path), message, severity: 'error' });

  const visit = (entry: unknown, path: PropertyKey[]) => {
    if (!isRecord(entry)) return;
    const id = typeof entry['id'] === 'string' ? entry['id'] : undefined;
    const name = id === undefined ? path.map(String).join('.') : `"${id}"`;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined)
        add([...path, 'id'], `duplicate id "${id}" (first used on line ${first})`);
      else seen.set(id, locator.lineOf([...path, 'id']));
    }
    const { check, manual, components } = entry;
    if (components !== undefined && components !== null) {
      if (Array.isArray(components) && components.length === 0) {
        add([...path, 'components'], `group ${name} has no components`);
      }
      if (check)
        add(
          [...path, 'check'],
          `group ${name} cannot have a check; its status comes from its components`,
        );
      if (manual)
        add([...path, 'manual'], `group ${name} cannot be manual; mark its components instead`);
      if (Array.isArray(components))
        components.forEach((child, i) => visit(child, [...path, 'components', i]));
    } else if (check && manual) {
      add([...path, 'manual'], `component ${name} has both "check" and "manual"; keep one`);
    } else if (!check && !manual) {
      add(path, `component ${name} needs a "check" or a "manual" note`);
    }
  };
  const entries = isRecord(raw) ? raw['components'] : undefined;
  if (Array.isArray(entries)) entries.forEach((entry, i) => visit(entry, ['components', i]));
  return problems;
}

/** Names a path by the component it is in: `component "dhl": check.url` instead of `components.1.components.2.check.url`. */
function labelOf(raw: unknown, path: readonly PropertyKey[]): string {
  let owner: string | undefined;
  let node: unknown = raw;
  let rest = 0;
  for (let i = 0; i + 1 < path.length && path[i] === 'components'; i += 2) {
    node =
      isRecord(node) && Array.isArray(node['components'])
        ? node['components'][path[i + 1] as number]
        : undefined;
    if (!isRecord(node) || typeof node['id'] !== 'string') break;
    owner = `${Array.isArray(node['components']) ? 'group' : 'component'} "${node['id']}"`;
    rest = i + 2;
  }
  const tail = path.slice(rest).map(String).join('.');
  if (owner === undefined) return tail;
  return tail ? `${owner}: ${tail}` : owner;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys valid at a config path, for "did you mean" suggestions. */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = StatusConfig;
  for (const step of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = schema.shape[String(step)] ?? schema;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPipe
  ) {
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  }
  return current;
}
