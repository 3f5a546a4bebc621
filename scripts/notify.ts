/**
 * `npm run notify`: announces what is new (incidents, updates, maintenance starting and ending,
 * confirmed probe status changes) on Slack, a signed webhook and e-mail, configured by
 * SLACK_WEBHOOK_URL, WEBHOOK_URL + WEBHOOK_SECRET and SMTP_URL. Remembers what it sent in
 * data/notifications.json. Reference: README.md, "Notifications".
 */
import { join } from 'node:path';
import { formatProblem, ProblemsError } from '../src/domain/problem.ts';
import { secretVariables } from '../src/lib/notify/channels.ts';
import { redactor } from '../src/lib/notify/redact.ts';
import { runNotify } from '../src/lib/notify/run.ts';
import { projectPaths } from '../src/lib/paths.ts';
import { loadSiteData } from '../src/lib/site-data.ts';
import { latestResults } from '../src/lib/store.ts';

try {
  const paths = projectPaths();
  const site = await loadSiteData({ paths });
  process.exitCode = await runNotify({
    site,
    samples: (componentId, count) => latestResults(paths.data, componentId, count),
    statePath: join(paths.data, 'notifications.json'),
    env: process.env,
    now: site.now,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
} catch (error) {
  if (error instanceof ProblemsError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
  } else {
    // Unexpected: print it, but never a secret that may hide in a message.
    const redact = redactor(secretVariables.flatMap((name) => process.env[name] ?? []));
    console.error(`notify: error: ${redact((error as Error).stack ?? String(error))}`);
  }
  process.exitCode = 1;
}
