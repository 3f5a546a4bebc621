/**
 * `npm start`: the whole product on this machine, offline. A local fleet stands in for every component,
 * the real probe engine checks it, the example incidents are dated around today, and the built site is
 * served at http://localhost:4321/. Options: --no-serve (build and exit), --port N, --dir PATH.
 */
import { parseArgs } from 'node:util';
import { prepareDemo } from './demo/prepare.ts';
import { printGuide } from './demo/guide.ts';
import { serveStatic } from './demo/serve.ts';
import { stopChildren } from './demo/steps.ts';

const { values } = parseArgs({
  options: {
    'no-serve': { type: 'boolean', default: false },
    port: { type: 'string', default: '4321' },
    dir: { type: 'string', default: process.env['STATUS_DEMO_DIR'] || '.demo' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port: "${values.port}" is not a port number (1–65535)`);
  process.exit(2);
}

const stop = (code: number) => {
  stopChildren();
  process.exit(code);
};
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));

try {
  const started = performance.now();
  const demo = await prepareDemo({ dir: values.dir, port });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (values['no-serve']) {
    console.log(`\nDemo site built in ${seconds} s: ${demo.paths.dist}`);
  } else {
    await serveStatic(demo.paths.dist, port);
    printGuide(demo, seconds);
  }
} catch (error) {
  console.error(`\nThe demo stopped: ${error instanceof Error ? error.message : String(error)}`);
  stop(1);
}
