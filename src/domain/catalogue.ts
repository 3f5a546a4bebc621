import type { Check, StatusConfig } from './config.ts';

/** A check with every default filled in, as the probe runs it. */
export type ResolvedCheck = Omit<Check, 'timeout' | 'retries' | 'degradedAfter'> & {
  /** Milliseconds one attempt may take. */
  timeout: number;
  /** Retries after a failed attempt. */
  retries: number;
  /** Milliseconds above which a passing check is degraded. */
  degradedAfter: number;
};

/** A component as the site, the probe and the API see it: a leaf of the catalogue. */
export interface Component {
  /** Stable id (URLs, data files, incidents). */
  id: string;
  /** Name on the page. */
  name: string;
  /** Tooltip text. */
  description: string | undefined;
  /** The group it belongs to, if any. */
  groupId: string | undefined;
  /** First day it existed (YYYY-MM-DD). */
  since: string | undefined;
  /** The note of a manual component (no probe); undefined for probed ones. */
  manual: string | undefined;
  /** The probe's check; undefined for manual components. */
  check: ResolvedCheck | undefined;
  /** Hide while operational. */
  onlyShowIfDegraded: boolean;
  /** Order on the page, from 0, over all components and groups. */
  position: number;
}

/** A group of components; its status is the worst of theirs. */
export interface Group {
  /** Stable id. */
  id: string;
  /** Name on the page. */
  name: string;
  /** Tooltip text. */
  description: string | undefined;
  /** Its components, in page order. */
  components: Component[];
  /** Order on the page. */
  position: number;
}

/** One row of the page's top level: a group, or a component on its own. */
export type CatalogueEntry =
  { kind: 'group'; group: Group } | { kind: 'component'; component: Component };

/** The catalogue in the shapes everything else needs. */
export interface Catalogue {
  /** Top-level rows in page order. */
  entries: CatalogueEntry[];
  /** Every component (leaf), in page order. */
  components: Component[];
  /** Every group, in page order. */
  groups: Group[];
  /** The probe interval in milliseconds (gaps beyond twice this are no data). */
  interval: number;
}

/** Builds the catalogue from a validated config. */
export function buildCatalogue(config: StatusConfig): Catalogue {
  const { defaults } = config;
  let position = 0;
  const entries: CatalogueEntry[] = [];
  const components: Component[] = [];
  const groups: Group[] = [];
  const leaf = (entry: StatusConfig['components'][number], groupId?: string): Component => {
    const check: ResolvedCheck | undefined = entry.check && {
      ...entry.check,
      timeout: entry.check.timeout ?? defaults.timeout,
      retries: entry.check.retries ?? defaults.retries,
      degradedAfter: entry.check.degradedAfter ?? defaults.degradedAfter,
    };
    const component: Component = {
      id: entry.id,
      name: entry.name,
      description: entry.description,
      groupId,
      since: entry.since,
      manual: entry.manual,
      check,
      onlyShowIfDegraded: entry.onlyShowIfDegraded,
      position: position++,
    };
    components.push(component);
    return component;
  };
  for (const entry of config.components) {
    if (entry.components) {
      const group: Group = {
        id: entry.id,
        name: entry.name,
        description: entry.description,
        components: [],
        position: position++,
      };
      group.components = entry.components.map((child) => leaf(child, entry.id));
      groups.push(group);
      entries.push({ kind: 'group', group });
    } else {
      entries.push({ kind: 'component', component: leaf(entry) });
    }
  }
  return { entries, components, groups, interval: defaults.interval };
}

/** The ids of the components a catalogue id stands for: itself, or a group's members. */
export function expandComponentId(catalogue: Catalogue, id: string): string[] | undefined {
  const group = catalogue.groups.find((g) => g.id === id);
  if (group) return group.components.map((c) => c.id);
  return catalogue.components.some((c) => c.id === id) ? [id] : undefined;
}

/** Every id an incident may name: components and groups. */
export function knownIds(catalogue: Catalogue): string[] {
  return [...catalogue.components.map((c) => c.id), ...catalogue.groups.map((g) => g.id)];
}
