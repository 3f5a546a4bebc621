import { describe, expect, it } from 'vitest';
import { messages } from '../i18n.ts';
import { emailContent } from './email.ts';
import { renderMessage } from './message.ts';
import type { NotificationEvent } from './state.ts';

const base: NotificationEvent = {
  id: 'x',
  type: 'incident.published',
  title: 'Labels <delayed> & slow',
  status: 'investigating',
  impact: 'critical',
  text: 'First paragraph.\n\nSecond <b>.',
  time: '2026-11-28T11:50:00.000Z',
  components: [{ id: 'dhl', name: 'DHL', status: 'major_outage' }],
  url: 'https://status.example.com/incidents/x/',
  incidentId: 'x',
};

describe('renderMessage', () => {
  it.each([
    {
      name: 'critical incident',
      event: base,
      colour: '#c13737',
      headline: 'Investigating: Labels <delayed> & slow',
    },
    {
      name: 'resolved incident',
      event: { ...base, status: 'resolved' },
      colour: '#229922',
      headline: 'Resolved: Labels <delayed> & slow',
    },
    {
      name: 'maintenance',
      event: { ...base, type: 'maintenance.started', status: 'in_progress' },
      colour: '#3498db',
      headline: 'In progress: Labels <delayed> & slow',
    },
    {
      name: 'probe change',
      event: {
        ...base,
        type: 'component.status_changed',
        status: undefined,
        impact: undefined,
        incidentId: undefined,
        components: [
          {
            id: 'a',
            name: 'A',
            status: 'degraded_performance' as const,
            from: 'operational' as const,
          },
        ],
      },
      colour: '#ffc40d',
      headline: 'Labels <delayed> & slow',
    },
  ])('$name', ({ event, colour, headline }) => {
    const message = renderMessage(event as NotificationEvent, 'en', 'Europe/Berlin');
    expect([message.colour, message.headline]).toEqual([colour, headline]);
  });

  it('speaks the page language', () => {
    const message = renderMessage(base, 'de', 'Europe/Berlin');
    expect([message.components, message.linkText]).toEqual([
      [`DHL: ${messages('de').status.major_outage}`],
      'Zur Meldung',
    ]);
  });
});

describe('emailContent', () => {
  it('writes text and escaped HTML', () => {
    const mail = emailContent(renderMessage(base, 'en', 'Europe/Berlin'));
    expect(mail.subject).toBe('Investigating: Labels <delayed> & slow');
    expect(mail.text).toBe(
      'Labels <delayed> & slow\nInvestigating · 28 Nov 2026, 12:50 CET\n\nFirst paragraph.\n\nSecond <b>.\n\n- DHL: Major Outage\n\nView incident: https://status.example.com/incidents/x/\n',
    );
    expect(mail.html).toContain(
      '<h1 style="font-size:18px">Labels &lt;delayed&gt; &amp; slow</h1>',
    );
    expect(mail.html).toContain('<p>First paragraph.</p>\n<p>Second &lt;b&gt;.</p>');
    expect(mail.html).toContain('border-left:4px solid #c13737');
  });
});
