import { resolve } from 'node:path';

/** Where the config, the probe data and the incidents live for this run. */
export interface ProjectPaths {
  /** The catalogue and settings (STATUS_CONFIG, default `status.config.yaml`). */
  config: string;
  /** Probe results and roll-ups (STATUS_DATA_DIR, default `data`). */
  data: string;
  /** Incidents and maintenance as Markdown (STATUS_INCIDENTS_DIR, default `incidents`). */
  incidents: string;
}

/**
 * The paths every command uses, so one install can serve several pages and tests use temp dirs.
 * Relative values are resolved against the working directory.
 */
export function projectPaths(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ProjectPaths {
  return {
    config: resolve(cwd, env['STATUS_CONFIG'] || 'status.config.yaml'),
    data: resolve(cwd, env['STATUS_DATA_DIR'] || 'data'),
    incidents: resolve(cwd, env['STATUS_INCIDENTS_DIR'] || 'incidents'),
  };
}
