/** The page's own words in English and German, and the formatting of dates and times. */
export { formatDuration } from './format-duration.ts';
import type { UpdateStatus } from '../domain/incident.ts';
import type { ComponentStatus, IncidentImpact, PageIndicator } from '../domain/status.ts';

/** A language the page's UI text exists in (`site.language`). */
export type Language = 'en' | 'de';

const en = {
  subscribe: 'Subscribe to updates',
  skip: 'Skip to content',
  nav: {
    home: 'Status',
    history: 'History',
    uptime: 'Uptime',
    metrics: 'System monitoring',
    subscribe: 'Subscribe',
  },
  indicator: {
    none: 'All Systems Operational',
    minor: 'Degraded Performance',
    major: 'Partial System Outage',
    critical: 'Major System Outage',
    maintenance: 'Service Under Maintenance',
  } satisfies Record<PageIndicator, string>,
  status: {
    operational: 'Operational',
    degraded_performance: 'Degraded Performance',
    partial_outage: 'Partial Outage',
    major_outage: 'Major Outage',
    under_maintenance: 'Under Maintenance',
  } satisfies Record<ComponentStatus, string>,
  update: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
    postmortem: 'Postmortem',
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    verifying: 'Verifying',
    completed: 'Completed',
    update: 'Update',
  } satisfies Record<UpdateStatus, string>,
  impact: {
    none: 'No impact',
    minor: 'Minor',
    major: 'Major',
    critical: 'Critical',
  } satisfies Record<IncidentImpact, string>,
  activeIncidents: 'Current incidents',
  inProgressMaintenance: 'Maintenance in progress',
  upcomingMaintenance: 'Scheduled maintenance',
  components: 'Components',
  pastIncidents: 'Past Incidents',
  noIncidents: 'No incidents reported.',
  historyLink: 'Incident history',
  daysAgo: (n: number) => `${n} days ago`,
  today: 'Today',
  uptime: (value: string) => `${value} % uptime`,
  noUptime: 'No data',
  manual: 'Set by hand',
  components_n: (n: number) => (n === 1 ? '1 component' : `${n} components`),
  barLabel: (name: string, uptime: string) =>
    `${name}: ${uptime} over the last 90 days. Arrow keys choose a day.`,
  day: {
    major: 'Major outage',
    partial: 'Partial outage',
    degraded: 'Degraded performance',
    maintenance: 'Maintenance',
    none: 'No downtime recorded on this day.',
    noData: 'No data exists for this day.',
    groupOutage: (n: number, of: number) =>
      `${n} of ${of} ${of === 1 ? 'component' : 'components'} had an outage.`,
  },
  affects: 'Affected',
  window: 'Scheduled for',
  updated: 'Updated',
  latestUpdate: 'Latest update',
  backToStatus: 'Current status',
  history: 'Incident history',
  historyTabs: { incidents: 'Incidents', uptime: 'Uptime' },
  noIncidentsMonth: 'No incidents reported this month.',
  newer: 'Newer',
  older: 'Older',
  pageOf: (n: number, of: number) => `Page ${n} of ${of}`,
  chooseComponent: 'Component',
  show: 'Show',
  monthUptime: (value: string) => `${value} %`,
  metrics: 'System monitoring',
  metricsIntro: 'Response times measured by our probes. Uptime is for the chosen period.',
  // Rolling windows (latency.ts): "Today" would be wrong for a chart that starts yesterday.
  period: { day: 'Last 24 hours', week: 'Last 7 days', month: 'Last 30 days' },
  responseTime: 'Response time (ms)',
  average: 'Average',
  p95: '95th percentile',
  noLatency: 'No measurements in this period.',
  metricsNoScript: 'The charts need JavaScript; the uptime figures below do not.',
  subscribeIntro:
    'Follow this page in the tool you already use. Every way below works without an account.',
  feeds: 'Feeds',
  rss: 'RSS feed',
  atom: 'Atom feed',
  rssLine: 'For feed readers and most e-mail clients.',
  atomLine: 'The same entries in Atom, for readers that prefer it.',
  slack: 'Slack',
  slackLine: 'In a channel, type this command; Slack’s built-in RSS app posts each update:',
  calendar: 'Maintenance calendar',
  calendarLine: 'Subscribe in your calendar to see scheduled maintenance windows.',
  perComponent: 'Per component',
  perComponentLine: 'Only the incidents that touch one component.',
  emailLater: 'E-mail notifications are not offered yet.',
  api: 'Status API',
  notFound: 'Page not found',
  notFoundText: 'This page does not exist. The current status is on the home page.',
  footerFeeds: 'Feeds',
  poweredBy: 'Times in',
  noticeLabel: 'Notice',
};

/** The UI text of one language (same shape for every language). */
export type Messages = typeof en;

// German writes 99,87 (the model's figures are "99.87").
const decimalComma = (value: string) => value.replace('.', ',');

const de: Messages = {
  ...en,
  subscribe: 'Updates abonnieren',
  skip: 'Zum Inhalt springen',
  nav: {
    home: 'Status',
    history: 'Verlauf',
    uptime: 'Verfügbarkeit',
    metrics: 'Systemüberwachung',
    subscribe: 'Abonnieren',
  },
  indicator: {
    none: 'Alle Systeme betriebsbereit',
    minor: 'Eingeschränkte Leistung',
    major: 'Teilweiser Systemausfall',
    critical: 'Schwerer Systemausfall',
    maintenance: 'Wartungsarbeiten',
  },
  status: {
    operational: 'Betriebsbereit',
    degraded_performance: 'Eingeschränkte Leistung',
    partial_outage: 'Teilausfall',
    major_outage: 'Ausfall',
    under_maintenance: 'In Wartung',
  },
  update: {
    investigating: 'Untersuchung',
    identified: 'Ursache gefunden',
    monitoring: 'Beobachtung',
    resolved: 'Behoben',
    postmortem: 'Nachbetrachtung',
    scheduled: 'Geplant',
    in_progress: 'Läuft',
    verifying: 'Prüfung',
    completed: 'Abgeschlossen',
    update: 'Update',
  },
  impact: { none: 'Keine Auswirkung', minor: 'Gering', major: 'Erheblich', critical: 'Kritisch' },
  activeIncidents: 'Aktuelle Störungen',
  inProgressMaintenance: 'Laufende Wartung',
  upcomingMaintenance: 'Geplante Wartung',
  components: 'Komponenten',
  pastIncidents: 'Vergangene Vorfälle',
  noIncidents: 'Keine Vorfälle gemeldet.',
  historyLink: 'Vorfallsverlauf',
  daysAgo: (n) => `vor ${n} Tagen`,
  today: 'Heute',
  uptime: (value) => `${decimalComma(value)} % Verfügbarkeit`,
  noUptime: 'Keine Daten',
  manual: 'Manuell gepflegt',
  components_n: (n) => (n === 1 ? '1 Komponente' : `${n} Komponenten`),
  barLabel: (name, uptime) =>
    `${name}: ${uptime} in den letzten 90 Tagen. Pfeiltasten wählen einen Tag.`,
  day: {
    major: 'Ausfall',
    partial: 'Teilausfall',
    degraded: 'Eingeschränkte Leistung',
    maintenance: 'Wartung',
    none: 'An diesem Tag keine Ausfallzeit.',
    noData: 'Für diesen Tag liegen keine Daten vor.',
    // The verb agrees with n ("1 … hatte", "2 … hatten"), the noun with of.
    groupOutage: (n, of) =>
      `${n} von ${of} ${of === 1 ? 'Komponente' : 'Komponenten'} ${n === 1 ? 'hatte' : 'hatten'} einen Ausfall.`,
  },
  affects: 'Betroffen',
  window: 'Geplant für',
  updated: 'Aktualisiert',
  latestUpdate: 'Letztes Update',
  backToStatus: 'Aktueller Status',
  history: 'Vorfallsverlauf',
  historyTabs: { incidents: 'Vorfälle', uptime: 'Verfügbarkeit' },
  noIncidentsMonth: 'In diesem Monat keine Vorfälle.',
  newer: 'Neuer',
  older: 'Älter',
  pageOf: (n, of) => `Seite ${n} von ${of}`,
  chooseComponent: 'Komponente',
  show: 'Anzeigen',
  monthUptime: (value) => `${decimalComma(value)} %`,
  metrics: 'Systemüberwachung',
  metricsIntro:
    'Antwortzeiten, gemessen von unseren Prüfungen. Die Verfügbarkeit gilt für den gewählten Zeitraum.',
  period: { day: 'Letzte 24 Stunden', week: 'Letzte 7 Tage', month: 'Letzte 30 Tage' },
  responseTime: 'Antwortzeit (ms)',
  average: 'Mittelwert',
  p95: '95. Perzentil',
  noLatency: 'Keine Messungen in diesem Zeitraum.',
  metricsNoScript: 'Die Diagramme brauchen JavaScript, die Verfügbarkeit unten nicht.',
  subscribeIntro: 'Verfolgen Sie diese Seite im Werkzeug, das Sie schon nutzen. Kein Konto nötig.',
  feeds: 'Feeds',
  rss: 'RSS-Feed',
  atom: 'Atom-Feed',
  rssLine: 'Für Feed-Reader und die meisten E-Mail-Programme.',
  atomLine: 'Dieselben Einträge als Atom, für Reader, die es bevorzugen.',
  slackLine: 'Geben Sie in einem Kanal diesen Befehl ein; Slacks RSS-App postet jedes Update:',
  calendar: 'Wartungskalender',
  calendarLine: 'Im Kalender abonnieren, um geplante Wartungsfenster zu sehen.',
  perComponent: 'Pro Komponente',
  perComponentLine: 'Nur die Vorfälle, die eine Komponente betreffen.',
  emailLater: 'E-Mail-Benachrichtigungen gibt es noch nicht.',
  api: 'Status-API',
  notFound: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es nicht. Der aktuelle Status steht auf der Startseite.',
  poweredBy: 'Zeiten in',
  noticeLabel: 'Hinweis',
};

/** The UI text for `language`. */
export function messages(language: Language): Messages {
  return language === 'de' ? de : en;
}

const locale = (language: Language) => (language === 'de' ? 'de-DE' : 'en-GB');

/** "28 Nov 2026" / "28. Nov. 2026" for a YYYY-MM-DD calendar date (no zone maths). */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "November 2026" for YYYY-MM. */
export function formatMonth(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "28 Nov 2026, 13:58 CET" in `timeZone`. */
export function formatDateTime(at: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

/** "2026-11-28 12:58 UTC", for a time's title. */
export function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
