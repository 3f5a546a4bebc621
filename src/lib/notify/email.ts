/** E-mail over SMTP (nodemailer): the same message as text and as simple HTML. */
import { createTransport } from 'nodemailer';
import type { Message } from './message.ts';

/** Subject, text and HTML of one message. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Renders a message as a mail. */
export function emailContent(message: Message): EmailContent {
  const lines = [message.title, message.byline, '', message.text];
  if (message.window) lines.push('', message.window);
  if (message.components.length > 0) lines.push('', ...message.components.map((c) => `- ${c}`));
  lines.push('', `${message.linkText}: ${message.url}`);
  const paragraphs = message.text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`);
  const html = [
    `<div style="border-left:4px solid ${message.colour};padding-left:12px;font-family:sans-serif">`,
    `<h1 style="font-size:18px">${escapeHtml(message.title)}</h1>`,
    `<p><strong>${escapeHtml(message.byline)}</strong></p>`,
    ...paragraphs,
    message.window ? `<p>${escapeHtml(message.window)}</p>` : '',
    message.components.length > 0
      ? `<ul>${message.components.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`
      : '',
    `<p><a href="${escapeHtml(message.url)}">${escapeHtml(message.linkText)}</a></p>`,
    '</div>',
  ].filter(Boolean);
  return { subject: message.headline, text: `${lines.join('\n')}\n`, html: html.join('\n') };
}

/** Sends one mail through the SMTP server at `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…`). */
export async function sendEmail(
  smtpUrl: string,
  envelope: { from: string; to: string[] },
  content: EmailContent,
  headers: Record<string, string>,
): Promise<void> {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: envelope.from, to: envelope.to, headers, ...content });
  } finally {
    transport.close();
  }
}
