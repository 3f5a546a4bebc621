/** The fixture site's incidents (times in Europe/Berlin; the fixture's now is 2026-11-28 12:30 there). */

const resolved = (
  title: string,
  impact: string,
  component: string,
  status: string,
  day: string,
) => `---
title: ${title}
impact: ${impact}
components:
  ${component}: ${status}
---

## Resolved · ${day} 11:20

The service has answered normally for an hour.

## Investigating · ${day} 10:05

We are looking into errors reported by customers.
`;

/** File name → Markdown. */
export const fixtureIncidents: Record<string, string> = {
  '2026-11-28-dhl-outage.md': `---
title: DHL labels cannot be created
impact: major
components:
  dhl: major_outage
---

## Identified · 2026-11-28 12:10

DHL confirmed a faulty deployment of their parcel API and is rolling it back.

## Investigating · 2026-11-28 11:40

Creating DHL labels from büro+ fails with "Carrier not reachable".
`,
  '2026-11-28-replication-maintenance.md': `---
title: Replication database upgrade
impact: minor
maintenance:
  start: 2026-11-28 12:00
  end: 2026-11-28 14:00
components:
  replication-api: under_maintenance
---

## In progress · 2026-11-28 12:00

The upgrade has started; replication pauses for a few minutes at a time.

## Scheduled · 2026-11-20 09:00

We upgrade the replication database on 28 November from 12:00 to 14:00.
`,
  '2026-12-05-identity-maintenance.md': `---
title: Maintenance of the sign-in service
impact: minor
maintenance:
  start: 2026-12-05 21:00
  end: 2026-12-05 22:00
components:
  identity-api: under_maintenance
---

## Scheduled · 2026-11-27 10:00

We move the sign-in service to new servers.
`,
  '2026-11-24-graphql-slow.md': resolved(
    'GraphQL API slow responses',
    'minor',
    'graphql-api',
    'degraded_performance',
    '2026-11-24',
  ),
  '2026-10-07-website-down.md': resolved(
    'Website unreachable',
    'critical',
    'website',
    'major_outage',
    '2026-10-07',
  ),
  '2026-08-14-ups-errors.md': resolved(
    'UPS label errors',
    'major',
    'ups',
    'partial_outage',
    '2026-08-14',
  ),
  // Markup in a title and an update must reach every page and feed as text, never as markup.
  '2026-06-03-notifier-delays.md': `---
title: 'Delayed shop notifications <script>alert("title")</script> & more'
impact: minor
components:
  notifier-api: degraded_performance
---

## Resolved · 2026-06-03 11:20

Notifications arrive on time again. <b>Raw markup</b> & <i>tags</i> stay text.

## Investigating · 2026-06-03 10:05

We are looking into errors reported by customers.
`,
  // A draft is checked but never published anywhere.
  '2026-11-27-draft-notice.md': `---
title: Unpublished DRAFT-SENTINEL notice
impact: major
draft: true
components:
  dhl: major_outage
---

## Investigating · 2026-11-27 09:00

DRAFT-SENTINEL text that must not appear on the site.
`,
  '2026-04-21-ecommerce-outage.md': resolved(
    'E-Commerce sync stopped',
    'major',
    'ecommerce',
    'major_outage',
    '2026-04-21',
  ),
};
