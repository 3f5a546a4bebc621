import matter from 'gray-matter';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../../domain/problem.ts';
import { ComponentStatus, IncidentImpact } from '../../domain/status.ts';
import { YamlLocator } from '../yaml-lines.ts';

/** A component id as an incident names it (a component or a group). */
const ComponentId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** The front matter of an incident file, as authors write it (also the source of its JSON Schema). */
export const IncidentFrontMatter = z.strictObject({
  /** The headline on the page, in feeds and in notifications. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** How bad it is: none, minor, major or critical. Required for incidents; maintenance defaults to none. */
  impact: IncidentImpact.optional(),
  /**
   * Affected components: `id: status` while open, or a list of ids (each gets the impact's status:
   * minor → degraded_performance, major → partial_outage, critical → major_outage; maintenance →
   * under_maintenance). A group id stands for all its components; a component named too overrides it.
   */
  components: z.union([z.record(ComponentId, ComponentStatus), z.array(ComponentId)]).optional(),
  /** Makes this a maintenance: its window, `YYYY-MM-DD HH:mm` in the page's zone (or with Z / an offset). */
  maintenance: z.strictObject({ start: z.string(), end: z.string() }).optional(),
  /** Checked, but never published while true. */
  draft: z.boolean().default(false),
  /** false: publish without notifying subscribers (e.g. when recording a past incident). */
  notify: z.boolean().default(true),
});
export type IncidentFrontMatter = z.infer<typeof IncidentFrontMatter>;

/** What the parser checks itself (components: for located messages about ids and statuses). */
export const ParsedFrontMatter = IncidentFrontMatter.extend({ components: z.unknown().optional() });

/** The split file: front matter as YAML (with line numbers) and the body below it. */
export interface SplitFile {
  /** The front matter's YAML document, undefined when there is none. */
  doc: Document | undefined;
  /** Maps YAML paths to file lines. */
  locator: YamlLocator | undefined;
  /** The Markdown below the front matter. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  /** Missing or unclosed front matter, YAML syntax errors. */
  problems: Problem[];
}

/** Splits a file into front matter (parsed by gray-matter with `yaml` as its engine) and body. */
export function splitFile(text: string, file: string): SplitFile {
  const error = (line: number, message: string): Problem => ({
    file,
    line,
    message,
    severity: 'error',
  });
  const clean = text.replace(/^\uFEFF/, '');
  const none = { doc: undefined, locator: undefined, body: clean, bodyLine: 1 };
  if (!/^---[ \t]*\r?\n/.test(clean)) {
    const hint = 'start the file with a line "---", then title, impact and components, then "---"';
    return { ...none, problems: [error(1, `no front matter: ${hint}`)] };
  }
  if (!/\n---[ \t]*(\r?\n|$)/.test(clean)) {
    return {
      ...none,
      problems: [error(1, 'the front matter is not closed: add a line "---" after it')],
    };
  }
  let doc: Document | undefined;
  const lines = new LineCounter();
  const parsed = matter(clean, {
    engines: {
      yaml: (source: string) => {
        doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
        return {};
      },
    },
  });
  const body = parsed.content;
  const bodyLine = countLines(clean.slice(0, clean.length - body.length)) + 1;
  if (!doc)
    return {
      ...none,
      body,
      bodyLine,
      problems: [error(1, 'the front matter is empty: add title, impact and components')],
    };
  // gray-matter's block starts right after the opening "---", so YAML line 1 is file line 1.
  const locator = new YamlLocator(doc, lines, 1);
  const problems = doc.errors.map((e) =>
    error(locator.lineAt(e.pos[0]), `YAML: ${e.message.split('\n')[0]}`),
  );
  return { doc, locator, body, bodyLine, problems };
}

function countLines(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}
