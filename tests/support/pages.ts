/** The HTML pages of a built site, as paths relative to its root. */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every `.html` file under `dir`, as URL paths (`index.html` → `''`, `a/index.html` → `a/`). */
export async function htmlPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) =>
      relative(dir, join(entry.parentPath, entry.name)).replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}
