/**
 * Writes the JSON Schemas editors use to autocomplete and flag mistakes:
 * `schemas/status.config.schema.json` (the config) and `schemas/incident.schema.json` (an incident's
 * front matter, with the catalogue's component and group ids). `npm run schemas`; run it again after
 * changing components (a test fails when the committed files drift from what this writes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { knownIds, type Catalogue } from '../src/domain/catalogue.ts';
import { StatusConfig } from '../src/domain/config.ts';
import { ComponentStatus } from '../src/domain/status.ts';
import { loadConfig } from '../src/lib/config.ts';
import { IncidentFrontMatter } from '../src/lib/incidents/front-matter.ts';

type JsonObject = Record<string, unknown>;

const timePattern = '^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?\\s*(Z|[+-]\\d{2}:?\\d{2})?$';

/** Editor hints for the front matter (zod's doc comments do not reach JSON Schema). */
const descriptions: Record<string, string> = {
  title: 'The headline on the page, in feeds and in notifications.',
  impact: 'How bad it is. Required for incidents; a maintenance defaults to none.',
  components:
    'Affected components: `id: status` while open, or a list of ids (each gets the status of the impact: minor → degraded_performance, major → partial_outage, critical → major_outage; maintenance → under_maintenance). A group id stands for all its components.',
  maintenance:
    'Makes this a maintenance: its window, `YYYY-MM-DD HH:mm` in the page zone (or with Z or an offset).',
  draft: 'Checked, but never published while true.',
  notify: 'false: publish without notifying subscribers (e.g. when recording a past incident).',
};

/** The schema files and their content, from the schemas in code and the catalogue's ids. */
export function generateSchemas(catalogue: Catalogue): Record<string, JsonObject> {
  const config = z.toJSONSchema(StatusConfig, {
    io: 'input',
    target: 'draft-2020-12',
  }) as JsonObject;
  const incident = z.toJSONSchema(IncidentFrontMatter, {
    io: 'input',
    target: 'draft-2020-12',
  }) as JsonObject;
  const properties = incident['properties'] as Record<string, JsonObject>;
  for (const [key, description] of Object.entries(descriptions))
    properties[key]!['description'] = description;
  const ids = { type: 'string', enum: knownIds(catalogue) };
  properties['components'] = {
    ...properties['components'],
    anyOf: [
      {
        type: 'object',
        propertyNames: ids,
        additionalProperties: { type: 'string', enum: ComponentStatus.options },
      },
      { type: 'array', items: ids },
    ],
  };
  const window = properties['maintenance'] as { properties: Record<string, JsonObject> };
  for (const key of ['start', 'end'])
    window.properties[key] = { type: 'string', pattern: timePattern };
  return {
    'incident.schema.json': {
      $schema: incident['$schema'],
      title: 'Incident front matter',
      ...incident,
    },
    'status.config.schema.json': {
      $schema: config['$schema'],
      title: 'status.config.yaml',
      ...config,
    },
  };
}

/** Writes the schema files into `dir`, formatted like the rest of the repository. */
export async function writeSchemas(dir: string, catalogue: Catalogue): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, schema] of Object.entries(generateSchemas(catalogue))) {
    const path = join(dir, name);
    const options = (await resolveConfig(path)) ?? {};
    writeFileSync(path, await format(JSON.stringify(schema), { ...options, parser: 'json' }));
    written.push(path);
  }
  return written;
}

if (import.meta.main) {
  const written = await writeSchemas(resolve('schemas'), loadConfig().catalogue);
  for (const path of written) console.log(`wrote ${path}`);
}
