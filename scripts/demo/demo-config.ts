import { parseDocument, type Document } from 'yaml';
import { placeholderPattern } from '../../src/domain/config.ts';
import type { Behaviour, StandIn } from './fleet.ts';

/** Which component plays which part in the demo (the rest answer healthily). */
export interface DemoRoles {
  /** Answers, but slower than its degradedAfter. */
  slow: string;
  /** Fails and passes from one probe round to the next. */
  flapping: string;
  /** Answers 503, and has an open incident. */
  down: string;
}

/** The parts for the example catalogue in status.config.yaml. */
export const exampleRoles: DemoRoles = {
  slow: 'graphql-api',
  flapping: 'ups',
  down: 'registration-site',
};

/** The notice every demo page shows. */
export const demoNotice =
  'Demo: simulated data. The services below are stand-ins running on this machine, the history is generated.';

/** A component entry as written in the YAML (only what the demo reads). */
interface RawComponent {
  id: string;
  check?: { url: string; expect?: StandIn['expect'] };
  components?: RawComponent[];
}

/** A probed component found in the config, with its path in the YAML document. */
interface ProbedEntry {
  path: (string | number)[];
  component: RawComponent & { check: NonNullable<RawComponent['check']> };
}

/** The demo's view of the real config text: what to stand in for, and how to rewrite it. */
export class DemoConfig {
  readonly #doc: Document;
  readonly #probed: ProbedEntry[];

  constructor(text: string) {
    this.#doc = parseDocument(text);
    const components = (this.#doc.toJS() as { components: RawComponent[] }).components;
    this.#probed = probedEntries(components, ['components']);
  }

  /** The `${NAME}` placeholders the checks use: the demo gives each a harmless value. */
  placeholders(): string[] {
    return [
      ...new Set(
        [...JSON.stringify(this.#doc.toJS()).matchAll(placeholderPattern)].map((m) => m[1]!),
      ),
    ];
  }

  /** The example roles where the catalogue has them; otherwise its last three HTTP components take the parts. */
  roles(preferred: DemoRoles = exampleRoles): DemoRoles {
    const http = this.#probed
      .map((p) => p.component)
      .filter((c) => /^https?:/.test(c.check.url))
      .map((c) => c.id);
    if (Object.values(preferred).every((id) => http.includes(id))) return preferred;
    if (http.length < 3)
      throw new Error('the demo needs at least three http(s) components in status.config.yaml');
    const [slow, flapping, down] = http.slice(-3) as [string, string, string];
    return { slow, flapping, down };
  }

  /** One stand-in per probed component: tls:// checks get a TLS server, the roles their behaviour. */
  standIns(roles: DemoRoles): StandIn[] {
    return this.#probed.map(({ component: { id, check } }) => ({
      id,
      url: check.url,
      expect: check.expect,
      behaviour: behaviourOf(id, check.url, roles),
    }));
  }

  /**
   * The demo config as YAML: check URLs pointed at the fleet, the CA trusted for TLS checks, the slow
   * component's threshold set below its delay, the demo notice and the local URL. Comments are kept.
   */
  render(options: {
    urls: Map<string, string>;
    caFile: string;
    port: number;
    slowId: string;
    degradedAfterMs: number;
  }): string {
    const doc = this.#doc.clone();
    doc.setIn(['site', 'url'], `http://localhost:${options.port}/`);
    doc.setIn(['site', 'notice'], demoNotice);
    for (const { path, component } of this.#probed) {
      const url = options.urls.get(component.id);
      if (url === undefined) continue;
      doc.setIn([...path, 'check', 'url'], url);
      if (url.startsWith('tls:') || url.startsWith('https:'))
        doc.setIn([...path, 'check', 'ca'], options.caFile);
      if (component.id === options.slowId) {
        doc.setIn([...path, 'check', 'degradedAfter'], `${options.degradedAfterMs}ms`);
      }
    }
    return doc.toString({ lineWidth: 0 });
  }
}

function probedEntries(components: RawComponent[], path: (string | number)[]): ProbedEntry[] {
  return components.flatMap((component, i) => {
    const here = [...path, i];
    if (component.components) return probedEntries(component.components, [...here, 'components']);
    return component.check
      ? [{ path: here, component: { ...component, check: component.check } }]
      : [];
  });
}

function behaviourOf(id: string, url: string, roles: DemoRoles): Behaviour {
  if (url.startsWith('tls:')) return 'tls';
  if (id === roles.slow) return 'slow';
  if (id === roles.flapping) return 'flapping';
  if (id === roles.down) return 'down';
  return 'healthy';
}
