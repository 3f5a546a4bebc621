import MarkdownIt, { type Token } from 'markdown-it';

/** Schemes a published link may use; anything else (javascript:, data:, vbscript:, file:) is dropped. */
const safeSchemes = new Set(['http', 'https', 'mailto']);
const schemePattern = /^([a-z][a-z0-9+.-]*):/;

/** Whether a link target is safe to publish: a relative URL or one of the safe schemes. */
export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme; so must the check.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = schemePattern.exec(cleaned)?.[1];
  return scheme === undefined || safeSchemes.has(scheme);
}

// Raw HTML is off: whatever HTML an author writes is shown as text, never interpreted.
const safe = new MarkdownIt({ html: false, linkify: true, typographer: false });
safe.validateLink = isSafeLink;

/** Markdown → safe HTML (no raw HTML, only http, https, mailto and relative links) and plain text. */
export function renderMarkdown(markdown: string): { html: string; text: string } {
  const tokens = safe.parse(markdown, {});
  return { html: safe.renderer.render(tokens, safe.options, {}).trim(), text: plainText(tokens) };
}

/** Readable plain text from Markdown tokens: for chat messages, e-mail and feed summaries. */
function plainText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'inline') text += inlineText(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block') text += `${token.content}\n`;
    else if (token.type === 'list_item_open') text += token.info ? `${token.info}. ` : '- ';
    else if (token.type === 'paragraph_close' || token.type === 'heading_close') {
      text += token.hidden ? '\n' : '\n\n';
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close')
      text += '\n';
  }
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function inlineText(children: Token[]): string {
  let text = '';
  let linkStart = 0;
  let href = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += child.content;
    else if (child.type === 'link_open')
      [linkStart, href] = [text.length, String(child.attrGet('href') ?? '')];
    else if (child.type === 'link_close') {
      const label = text.slice(linkStart);
      // Autolinks and linkified URLs already show their target; others get it in brackets.
      if (href !== label && href !== `mailto:${label}` && href !== `http://${label}`) {
        text += ` (${href})`;
      }
    }
  }
  return text;
}

/** Something unsafe in Markdown, located by its line offset (0 = the first line of the text). */
export interface MarkdownFinding {
  /** Lines after the first line of the Markdown. */
  offset: number;
  /** What is wrong, for a person. */
  message: string;
  /** Scripts, event handlers and unsafe links are errors; other raw HTML only shows as text. */
  severity: 'error' | 'warning';
}

// A second parser that sees what the author wrote (raw HTML, every link) so the check can name it.
const revealing = new MarkdownIt({ html: true, linkify: true });
revealing.validateLink = () => true;

const dangerousTags = /<\s*(script|iframe|object|embed|style|form)\b/gi;
const eventHandler = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
const htmlLink = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi;
const anyTag = /<\/?[a-z][a-z0-9-]*\b[^>]*>/i;

/** Raw `<script>`, event-handler attributes, `javascript:` links and other raw HTML in Markdown. */
export function findUnsafeMarkdown(markdown: string): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  for (const token of revealing.parse(markdown, {})) {
    const line = token.map?.[0] ?? 0;
    if (token.type === 'html_block') findings.push(...htmlFindings(token.content, line));
    if (token.type !== 'inline') continue;
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') breaks++;
      else if (child.type === 'html_inline')
        findings.push(...htmlFindings(child.content, line + breaks));
      else if (child.type === 'link_open' || child.type === 'image') {
        const target = String(child.attrGet(child.type === 'image' ? 'src' : 'href') ?? '');
        if (!isSafeLink(target)) findings.push(unsafeLink(target, line + breaks));
      }
      breaks += (child.content.match(/\n/g) ?? []).length;
    }
  }
  return findings;
}

function htmlFindings(html: string, firstLine: number): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  const lineOf = (index: number) => firstLine + (html.slice(0, index).match(/\n/g) ?? []).length;
  for (const match of html.matchAll(dangerousTags)) {
    const tag = match[1]!.toLowerCase();
    findings.push({
      offset: lineOf(match.index),
      message: `unsafe HTML <${tag}> (raw HTML is never published; write Markdown)`,
      severity: 'error',
    });
  }
  for (const match of html.matchAll(eventHandler)) {
    const attribute = match[1]!.toLowerCase();
    findings.push({
      offset: lineOf(match.index),
      message: `unsafe HTML attribute "${attribute}" (raw HTML is never published; write Markdown)`,
      severity: 'error',
    });
  }
  for (const match of html.matchAll(htmlLink)) {
    if (!isSafeLink(match[1]!)) findings.push(unsafeLink(match[1]!, lineOf(match.index)));
  }
  const tag = anyTag.exec(html);
  if (findings.length === 0 && tag && !tag[0].startsWith('</')) {
    findings.push({
      offset: lineOf(tag.index),
      message: `raw HTML ${tag[0]} is shown as text, not as HTML; write Markdown instead`,
      severity: 'warning',
    });
  }
  return findings;
}

function unsafeLink(target: string, offset: number): MarkdownFinding {
  const shown = target.length > 40 ? `${target.slice(0, 40)}…` : target;
  return {
    offset,
    message: `unsafe link "${shown}" (only http, https and mailto links are published)`,
    severity: 'error',
  };
}
