import type {
  ComponentStatus,
  IncidentImpact,
  IncidentStatus,
  MaintenanceStatus,
} from './status.ts';

/** The status word of one update: an incident's, a maintenance's, or a plain "update". */
export type UpdateStatus = IncidentStatus | MaintenanceStatus | 'update';

/** One update of an incident, as written under a `## Status · time` heading. */
export interface IncidentUpdate {
  /** Stable id within the incident: `<incident id>-<ISO time>`. */
  id: string;
  /** The status word, normalised (`in_progress`, `resolved`, `update`, …). */
  status: UpdateStatus;
  /** When it was posted. */
  at: Date;
  /** The text as written (Markdown). */
  markdown: string;
  /** The text as safe HTML (no scripts, handlers or javascript: links). */
  html: string;
  /** The text as plain text (for chat messages and e-mail). */
  text: string;
  /** Line of its heading in the file. */
  line: number;
}

/** An incident or maintenance, parsed from one Markdown file. */
export interface Incident {
  /** From the file name (`2026-11-28-dhl-labels.md` → `2026-11-28-dhl-labels`); never changes. */
  id: string;
  /** Path of the file (relative to the working directory). */
  file: string;
  /** Title. */
  title: string;
  /** How bad it is. */
  impact: IncidentImpact;
  /** Maintenance (with a window) or incident. */
  kind: 'incident' | 'maintenance';
  /** Each affected component (groups expanded) → its status while this is open. */
  components: Record<string, ComponentStatus>;
  /** The maintenance window, for maintenance. */
  maintenance: { start: Date; end: Date } | undefined;
  /** Drafts are checked but never published. */
  draft: boolean;
  /** Updates, newest first (at least one). */
  updates: IncidentUpdate[];
  /** `false` when the file says `notify: false`: publish without notifying anyone (absent: notify). */
  notify?: false;
}
