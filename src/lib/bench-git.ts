/** Git plumbing for the data benchmark: commits through fast-import, change detection, sizes. */
import { execFileSync, spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A file to write (content) or delete (undefined) in the next commit. */
export type Change = { path: string; content: Buffer | undefined };

/** Files under data/ that changed since the last call (by size and mtime), and deleted ones. */
export async function changes(
  repo: string,
  dataDir: string,
  seen: Map<string, string>,
): Promise<Change[]> {
  const found = new Map<string, string>();
  const out: Change[] = [];
  for (const name of await readdir(dataDir, { recursive: true })) {
    const path = join(dataDir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    const key = `${info.size}:${info.mtimeMs}`;
    const rel = relative(repo, path);
    found.set(rel, key);
    if (seen.get(rel) !== key) out.push({ path: rel, content: await readFile(path) });
  }
  for (const rel of seen.keys()) if (!found.has(rel)) out.push({ path: rel, content: undefined });
  seen.clear();
  for (const [k, v] of found) seen.set(k, v);
  return out;
}

/** A `git fast-import` process: real commits without one git process per commit. */
export function fastImport(repo: string) {
  const child = spawn('git', ['-C', repo, 'fast-import', '--quiet'], {
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`)),
    ),
  );
  const write = (chunk: string | Buffer) =>
    new Promise<void>((resolve) =>
      child.stdin.write(chunk) ? resolve() : child.stdin.once('drain', resolve),
    );
  return {
    async commit(list: Change[], time: number, message: string) {
      const seconds = Math.floor(time / 1000);
      await write(`commit refs/heads/main\ncommitter probe <probe@example.com> ${seconds} +0000\n`);
      await write(`data ${Buffer.byteLength(message)}\n${message}\n`);
      for (const change of list) {
        if (change.content === undefined) await write(`D ${change.path}\n`);
        else {
          await write(`M 100644 inline ${change.path}\ndata ${change.content.length}\n`);
          await write(change.content);
          await write('\n');
        }
      }
      await write('\n');
    },
    async close() {
      child.stdin.end();
      await done;
    },
  };
}

/** Bytes of packed and loose objects. */
export async function packSize(repo: string): Promise<number> {
  const out = execFileSync('git', ['-C', repo, 'count-objects', '-v'], { encoding: 'utf8' });
  const kib = (key: string) => Number(new RegExp(`^${key}: (\\d+)`, 'm').exec(out)?.[1] ?? 0);
  return (kib('size-pack') + kib('size')) * 1024;
}

/** Bytes of all files under a directory (none when missing). */
export async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  try {
    for (const name of await readdir(dir, { recursive: true })) {
      const info = await stat(join(dir, name));
      if (info.isFile()) total += info.size;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return total;
}
