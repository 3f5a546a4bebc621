/** Slack incoming webhooks: a Block Kit message with a header, a status-coloured attachment and a link. */
import type { Message } from './message.ts';

/** Slack's mrkdwn needs only &, < and > escaped. */
function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The JSON body Slack's incoming webhook expects. */
export function slackPayload(message: Message): Record<string, unknown> {
  const details = [`*${escape(message.byline)}*`, escape(message.text)];
  if (message.window) details.push(escape(message.window));
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: { type: 'mrkdwn', text: details.join('\n').slice(0, 3000) } },
  ];
  if (message.components.length > 0) {
    blocks.push({
      type: 'section',
      // Slack allows ten fields a section.
      fields: message.components
        .slice(0, 10)
        .map((line) => ({ type: 'mrkdwn', text: escape(line) })),
    });
  }
  blocks.push({
    type: 'actions',
    elements: [
      { type: 'button', text: { type: 'plain_text', text: message.linkText }, url: message.url },
    ],
  });
  return {
    text: message.headline, // the notification preview and the fallback for old clients
    blocks: [{ type: 'header', text: { type: 'plain_text', text: message.title.slice(0, 150) } }],
    attachments: [{ color: message.colour, blocks }],
  };
}
