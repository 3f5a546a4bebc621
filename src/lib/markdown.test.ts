import { describe, expect, it } from 'vitest';
import { findUnsafeMarkdown, isSafeLink, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it.each([
    ['**Fixed** in `v2`.', '<p><strong>Fixed</strong> in <code>v2</code>.</p>', 'Fixed in v2.'],
    [
      'See [DHL](https://dhl.de).',
      '<p>See <a href="https://dhl.de">DHL</a>.</p>',
      'See DHL (https://dhl.de).',
    ],
    [
      'Mail support@example.com',
      '<p>Mail <a href="mailto:support@example.com">support@example.com</a></p>',
      'Mail support@example.com',
    ],
    ['- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>', '- one\n- two'],
    ['First.\n\nSecond', '<p>First.</p>\n<p>Second</p>', 'First.\n\nSecond'],
    // Nothing unsafe reaches HTML: raw HTML is escaped, unsafe links stay text.
    [
      '<script>alert(1)</script>',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
      '<script>alert(1)</script>',
    ],
    [
      '<img src=x onerror="alert(1)">',
      '<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>',
      '<img src=x onerror="alert(1)">',
    ],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>', '[x](javascript:alert(1))'],
    [
      '[x](JAVA\tSCRIPT:alert(1))',
      '<p>[x](JAVA\tSCRIPT:alert(1))</p>',
      '[x](JAVA\tSCRIPT:alert(1))',
    ],
    ['<javascript:alert(1)>', '<p>&lt;javascript:alert(1)&gt;</p>', '<javascript:alert(1)>'],
    [
      '![i](data:image/png;base64,AAAA)',
      '<p>![i](data:image/png;base64,AAAA)</p>',
      '![i](data:image/png;base64,AAAA)',
    ],
    [
      '[x](jav&#x61;script:alert(1))',
      '<p>[x](javascript:alert(1))</p>',
      '[x](javascript:alert(1))',
    ],
  ])('%j', (markdown, html, text) => expect(renderMarkdown(markdown)).toEqual({ html, text }));
});

describe('isSafeLink', () => {
  it.each([
    ['https://example.com', true],
    ['/history/', true],
    ['#top', true],
    ['mailto:ops@example.com', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
  ])('%j → %s', (url, safe) => expect(isSafeLink(url)).toBe(safe));
});

describe('findUnsafeMarkdown', () => {
  it.each([
    ['fine [link](https://x.example)', []],
    ['`<script>` in code is fine', []],
    ['```\n<script>alert(1)</script>\n```', []],
    [
      'a\n<script>alert(1)</script>',
      [[1, 'error', 'unsafe HTML <script> (raw HTML is never published; write Markdown)']],
    ],
    [
      'a\nb <a href="#" onClick="x()">c</a>',
      [
        [
          1,
          'error',
          'unsafe HTML attribute "onclick" (raw HTML is never published; write Markdown)',
        ],
      ],
    ],
    [
      '<div>\n<a href="javascript:x()">c</a>\n</div>',
      [
        [
          1,
          'error',
          'unsafe link "javascript:x()" (only http, https and mailto links are published)',
        ],
      ],
    ],
    [
      'a\n\nb [c](jav&#x61;script:alert(1))',
      [
        [
          2,
          'error',
          'unsafe link "javascript:alert(1)" (only http, https and mailto links are published)',
        ],
      ],
    ],
    [
      'x <iframe src="https://x.example"></iframe>',
      [[0, 'error', 'unsafe HTML <iframe> (raw HTML is never published; write Markdown)']],
    ],
    [
      'a<br>b',
      [[0, 'warning', 'raw HTML <br> is shown as text, not as HTML; write Markdown instead']],
    ],
  ])('%j', (markdown, expected) => {
    expect(findUnsafeMarkdown(markdown).map((f) => [f.offset, f.severity, f.message])).toEqual(
      expected,
    );
  });
});
