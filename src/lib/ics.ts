/**
 * `maintenance.ics`: an iCalendar of maintenance windows (with ical-generator) that calendars
 * subscribe to. UIDs never change, times are UTC, and each event links to its incident page.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { IncidentView, SiteData } from '../domain/model.ts';
import { messages } from './i18n.ts';
import { siteUrls } from './urls.ts';

/** How long a completed maintenance stays in the calendar. */
export const completedMaintenanceDays = 30;

/** Published maintenance that is scheduled, in progress, or ended within `completedMaintenanceDays`. */
export function calendarMaintenance(data: SiteData): IncidentView[] {
  const cutoff = data.now.getTime() - completedMaintenanceDays * 86_400_000;
  return data.incidents
    .filter(
      (incident) => !incident.draft && incident.kind === 'maintenance' && incident.maintenance,
    )
    .filter(
      (incident) =>
        incident.facts.upcoming ||
        incident.facts.active ||
        incident.maintenance!.end.getTime() >= cutoff,
    )
    .sort((a, b) => a.maintenance!.start.getTime() - b.maintenance!.start.getTime());
}

/** The stable UID of a maintenance event: `<incident id>@<site host>`. */
export function eventUid(siteUrl: string, incidentId: string): string {
  return `${incidentId}@${new URL(siteUrl).host}`;
}

/** The iCalendar text of the site's maintenance. */
export function buildCalendar(data: SiteData): string {
  const { site } = data.config;
  const urls = siteUrls(site.url);
  const words = messages(site.language);
  const calendar = ical({
    name: `${site.title}: ${words.calendar}`,
    description: site.description ?? null,
    prodId: {
      company: new URL(site.url).host,
      product: 'status page',
      language: site.language.toUpperCase(),
    },
    url: urls.absolute(urls.calendar()),
    // Calendar apps poll at this interval (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 3600,
  });
  for (const incident of calendarMaintenance(data)) {
    const { start, end } = incident.maintenance!;
    const link = urls.absolute(urls.incident(incident.id));
    const names = data.catalogue.components
      .filter((c) => c.id in incident.components)
      .map((c) => c.name);
    const latest = [...incident.updates].sort((a, b) => b.at.getTime() - a.at.getTime())[0];
    const description = [
      names.length > 0 ? `${words.affects}: ${names.join(', ')}` : undefined,
      latest && `${words.update[latest.status]}: ${latest.text}`,
      link,
    ].filter((part) => part !== undefined);
    calendar.createEvent({
      id: eventUid(site.url, incident.id),
      start,
      end,
      summary: incident.title,
      description: description.join('\n\n'),
      url: link,
      // Deterministic stamps keep the file byte-identical between builds without news.
      stamp: incident.facts.updatedAt,
      created: incident.facts.createdAt,
      lastModified: incident.facts.updatedAt,
      // Each update is a new revision of the event.
      sequence: incident.updates.length - 1,
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
