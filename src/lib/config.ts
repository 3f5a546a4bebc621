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
export function parseConfig(text: string, file: string): { loaded?: LoadedConfig; problems: Problem[] } {
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

  const result = StatusConfig.safeParse(doc.toJS());
  if (!result.success) {
    return { problems: zodProblems(result.error, file, locator, (path) => keysAt(path)) };
  }
  const problems = catalogueProblems(result.data, file, locator);
  if (problems.length > 0) return { problems };
  return { loaded: { config: result.data, catalogue: buildCatalogue(result.data), file }, problems };
}

/** Reads and validates the config at STATUS_CONFIG (or `status.config.yaml`); throws every problem. */
export function loadConfig(path = projectPaths().config): LoadedConfig {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new ProblemsError([{ file, line: 0, message: `cannot read the config: ${reason}`, severity: 'error' }]);
  }
  const { loaded, problems } = parseConfig(text, file);
  if (!loaded) throw new ProblemsError(problems);
  return loaded;
}

/** Rules that span entries: unique ids, check xor manual, non-empty groups. */
function catalogueProblems(config: StatusConfig, file: string, locator: YamlLocator): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const add = (path: PropertyKey[], message: string) =>
    problems.push({ file, line: locator.lineOf(path), message, severity: 'error' });

  const visit = (entry: StatusConfig['components'][number], path: PropertyKey[]) => {
    const first = seen.get(entry.id);
    if (first !== undefined) add([...path, 'id'], `duplicate id "${entry.id}" (first used on line ${first})`);
    else seen.set(entry.id, locator.lineOf([...path, 'id']));
    const isGroup = entry.components !== undefined;
    if (isGroup) {
      if (entry.components!.length === 0) add([...path, 'components'], `group "${entry.id}" has no components`);
      if (entry.check) add([...path, 'check'], `group "${entry.id}" cannot have a check; its status comes from its components`);
      if (entry.manual) add([...path, 'manual'], `group "${entry.id}" cannot be manual; mark its components instead`);
      entry.components!.forEach((child, i) => visit(child, [...path, 'components', i]));
    } else if (entry.check && entry.manual) {
      add([...path, 'manual'], `component "${entry.id}" has both "check" and "manual"; keep one`);
    } else if (!entry.check && !entry.manual) {
      add(path, `component "${entry.id}" needs a "check" or a "manual" note`);
    }
  };
  config.components.forEach((entry, i) => visit(entry, ['components', i]));
  return problems;
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
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPipe) {
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  }
  return current;
}
