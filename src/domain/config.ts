import { z } from 'zod';
import { Duration } from './duration.ts';
import { NotificationsConfig } from './notifications.ts';

/** `${NAME}` placeholders, filled from the environment at probe time (never stored). */
export const placeholderPattern = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

const checkSchemes = ['http:', 'https:', 'tcp:', 'tls:'];

/** A component or group id: lower-case letters, digits and dashes; it appears in URLs. */
const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'an id is lower-case letters, digits and dashes, like "shipping-api"',
  );

const CheckUrl = z.string().superRefine((text, ctx) => {
  let url: URL;
  try {
    // Placeholders may stand anywhere, also in the host: check the shape with a stand-in.
    url = new URL(text.replace(placeholderPattern, 'x'));
  } catch {
    ctx.addIssue({ code: 'custom', message: `bad URL "${text}"` });
    return;
  }
  if (!checkSchemes.includes(url.protocol)) {
    ctx.addIssue({
      code: 'custom',
      message: `unsupported scheme "${url.protocol}" in "${text}" (use http://, https://, tcp://host:port or tls://host:port)`,
    });
  } else if ((url.protocol === 'tcp:' || url.protocol === 'tls:') && url.port === '') {
    ctx.addIssue({ code: 'custom', message: `"${text}" needs a port, like tcp://host:5432` });
  }
});

const Regex = z.string().superRefine((text, ctx) => {
  try {
    new RegExp(text);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `bad regular expression: ${(error as Error).message}`,
    });
  }
});

/** What a passing check must see. */
export const Expect = z.strictObject({
  /** Accepted HTTP status codes; default 200–399. */
  status: z.array(z.number().int().min(100).max(599)).min(1).optional(),
  /** The body must contain this text. */
  bodyContains: z.string().min(1).optional(),
  /** The body must not contain this text. */
  bodyNotContains: z.string().min(1).optional(),
  /** The body must match this regular expression. */
  bodyMatches: Regex.optional(),
  /** A JSON value at a dotted path (`data.status`, `items.0.ok`) must equal this. */
  json: z
    .strictObject({
      /** Dotted path into the JSON body. */
      path: z.string().min(1),
      /** The value expected there. */
      equals: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    })
    .optional(),
});
export type Expect = z.infer<typeof Expect>;

/** How a component is checked. */
export const Check = z.strictObject({
  /** http(s)://… for HTTP, tcp://host:port to connect, tls://host:port to connect with TLS. */
  url: CheckUrl,
  /** HTTP method. */
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
  /** Request headers; values may hold `${SECRET}` placeholders. */
  headers: z.record(z.string(), z.string()).default({}),
  /** Request body; may hold `${SECRET}` placeholders. */
  body: z.string().optional(),
  /** What a passing answer looks like. */
  expect: Expect.default({}),
  /** Time one attempt may take (overrides defaults.timeout). */
  timeout: Duration.optional(),
  /** Retries after a failed attempt, with back-off (overrides defaults.retries). */
  retries: z.number().int().min(0).max(10).optional(),
  /** Slower than this counts as degraded performance (overrides defaults.degradedAfter). */
  degradedAfter: Duration.optional(),
  /** Redirects followed before giving up. */
  maxRedirects: z.number().int().min(0).max(20).default(5),
  /** Warn when the TLS certificate expires within this many days. */
  certExpiryDays: z.number().int().min(0).max(365).default(14),
  /** A PEM file (path relative to the config) trusted in addition to the system's CAs. */
  ca: z.string().min(1).optional(),
});
export type Check = z.infer<typeof Check>;

const componentFields = {
  /** Stable id, used in URLs, data files and incidents. */
  id: Id,
  /** Name shown on the page. */
  name: z.string().min(1),
  /** One or two sentences, shown as a tooltip. */
  description: z.string().min(1).optional(),
  /** The first day this component existed (YYYY-MM-DD); earlier days count as no data. */
  since: z.iso.date().optional(),
};

/** A component: checked by a probe, or manual (status set only by incidents). */
export const ComponentConfig = z.strictObject({
  ...componentFields,
  /** How the probe checks it. */
  check: Check.optional(),
  /** For components without a probe: the note shown beside them. */
  manual: z.string().min(1).optional(),
  /** Hide the component while it is operational (Statuspage's only_show_if_degraded). */
  onlyShowIfDegraded: z.boolean().default(false),
});
export type ComponentConfig = z.infer<typeof ComponentConfig>;

/** A top-level entry: a component, or a group when it has `components`. */
export const CatalogueEntry = z.strictObject({
  ...ComponentConfig.shape,
  /** The group's components (one level deep). */
  components: z.array(ComponentConfig).optional(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/** The page's identity and presentation. */
export const SiteConfig = z.strictObject({
  /** Page title. */
  title: z.string().min(1),
  /** Where the site is published; may include a path (GitHub Pages project sites). */
  url: z
    .url({
      protocol: /^https?$/,
      error: 'site.url must be an http(s) URL like https://status.example.com/',
    })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
  /** IANA time zone for days, and for times written without a zone. */
  timezone: z
    .string()
    .refine(isTimeZone, { error: 'unknown time zone (use an IANA name like Europe/Berlin)' }),
  /** Language of the page's own text. */
  language: z.enum(['en', 'de']).default('en'),
  /** A line under the title and in feeds. */
  description: z.string().min(1).optional(),
  /** The company's own website, linked from the header. */
  homepage: z.url().optional(),
  /** A notice shown on every page (the demo says its data is simulated). */
  notice: z.string().min(1).optional(),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/** Settings every check inherits unless it says otherwise. */
export const Defaults = z.strictObject({
  /** How often the probe runs; gaps longer than twice this are "no data". */
  interval: Duration.default(300_000),
  /** Time one attempt may take. */
  timeout: Duration.default(10_000),
  /** Retries after a failed attempt, with back-off. */
  retries: z.number().int().min(0).max(10).default(2),
  /** Slower than this counts as degraded performance. */
  degradedAfter: Duration.default(2_000),
});
export type Defaults = z.infer<typeof Defaults>;

/** How a probe run behaves. */
export const ProbeConfig = z.strictObject({
  /** Checks running at once. */
  concurrency: z.number().int().min(1).max(1000).default(32),
  /** This runner's location name (PROBE_LOCATION overrides it). */
  location: z.string().min(1).default('default'),
});
export type ProbeConfig = z.infer<typeof ProbeConfig>;

/** `status.config.yaml`. */
export const StatusConfig = z.strictObject({
  site: SiteConfig,
  defaults: Defaults.default({
    interval: 300_000,
    timeout: 10_000,
    retries: 2,
    degradedAfter: 2_000,
  }),
  probe: ProbeConfig.default({ concurrency: 32, location: 'default' }),
  notifications: NotificationsConfig,
  /** The catalogue, in page order. */
  components: z.array(CatalogueEntry).min(1),
});
export type StatusConfig = z.infer<typeof StatusConfig>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
