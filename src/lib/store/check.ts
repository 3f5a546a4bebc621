import type { Catalogue } from '../../domain/catalogue.ts';
import { RawRun } from '../../domain/data.ts';
import type { Problem } from '../../domain/problem.ts';
import { didYouMean } from '../did-you-mean.ts';
import { listDirs } from './compact.ts';
import { displayPath, readRecords } from './jsonl.ts';
import { layout, namePatterns, tempPattern } from './layout.ts';
import { listFiles, readRollups, schemaProblems } from './read.ts';

const example = { raw: '2026-11-28.jsonl', hourly: '2026-11.jsonl', timeline: '2026.jsonl' };

/**
 * Every problem in `data/`: a schema version this code does not read, damaged lines (as
 * `data/raw/2026-11-28.jsonl:17: …`), stray files, and data of components not in the catalogue.
 */
export async function checkData(dataDir: string, catalogue: Catalogue): Promise<Problem[]> {
  const problems = await schemaProblems(dataDir);
  const known = catalogue.components.map((c) => c.id);
  const unknown = (id: string) =>
    `unknown component "${id}"${didYouMean(id, known)} (renamed or removed?)`;
  const warn = (file: string, line: number, message: string) =>
    problems.push({ file: displayPath(file), line, message, severity: 'warning' });
  const stray = async (dir: string, kind: keyof typeof example) => {
    for (const name of await listFiles(dir, /^[^.]/)) {
      if (!namePatterns[kind].test(name) && !tempPattern.test(name)) {
        warn(
          `${dir}/${name}`,
          0,
          `unexpected entry (${kind} files are named like ${example[kind]}); it is ignored`,
        );
      }
    }
  };

  const rawDir = layout.rawDir(dataDir);
  await stray(rawDir, 'raw');
  for (const name of await listFiles(rawDir, namePatterns.raw)) {
    const file = `${rawDir}/${name}`;
    const { records, problems: found } = await readRecords(file, RawRun);
    problems.push(...found);
    const reported = new Set<string>();
    for (const run of records) {
      for (const id of Object.keys(run.results)) {
        if (!known.includes(id) && !reported.has(id)) {
          reported.add(id);
          warn(file, 0, `results of ${unknown(id)}`);
        }
      }
    }
  }
  for (const kind of ['hourly', 'timeline'] as const) {
    for (const id of await listDirs(`${dataDir}/${kind}`)) {
      if (!known.includes(id))
        warn(`${dataDir}/${kind}/${id}`, 0, `data of ${unknown(id)}; move or delete the directory`);
      await stray(`${dataDir}/${kind}/${id}`, kind);
    }
  }
  const ids = new Set([
    ...(await listDirs(`${dataDir}/hourly`)),
    ...(await listDirs(`${dataDir}/timeline`)),
  ]);
  for (const id of [...ids].sort()) problems.push(...(await readRollups(dataDir, id)).problems);
  return problems;
}
