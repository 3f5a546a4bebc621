import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/lib/config.ts';
import { parseIncident } from '../src/lib/incidents.ts';
import { generateSchemas } from './schemas.ts';

const { catalogue, config } = loadConfig('status.config.yaml');
const generated = generateSchemas(catalogue);

describe.each(Object.keys(generated))('schemas/%s', (name) => {
  it('equals what `npm run schemas` writes (run it after changing the config schema or the components)', () => {
    expect(JSON.parse(readFileSync(`schemas/${name}`, 'utf8'))).toEqual(generated[name]);
  });
});

describe('incident.schema.json', () => {
  const schema = generated['incident.schema.json'] as {
    properties: Record<string, unknown>;
    required: string[];
  };
  it('describes every front matter key the parser accepts', () => {
    expect(Object.keys(schema.properties)).toEqual([
      'title',
      'impact',
      'components',
      'maintenance',
      'draft',
      'notify',
    ]);
    expect(schema.required).toEqual(['title']);
  });

  it('offers exactly the ids the parser accepts', () => {
    const ids = (
      schema.properties['components'] as { anyOf: [{ propertyNames: { enum: string[] } }] }
    ).anyOf[0].propertyNames.enum;
    const accepted = ids.filter((id) => {
      const text = `---\ntitle: T\nimpact: minor\ncomponents: [${id}]\n---\n## Update · 2026-11-20 10:00\nText.\n`;
      return (
        parseIncident(text, 'x.md', catalogue, config, new Date('2026-11-28T00:00:00Z'))
          .incident !== undefined
      );
    });
    expect(accepted).toEqual(ids);
    expect(ids.length).toBe(catalogue.components.length + catalogue.groups.length);
  });
});
