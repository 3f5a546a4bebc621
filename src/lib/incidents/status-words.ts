import type { UpdateStatus } from '../../domain/incident.ts';
import type { IncidentStatus, MaintenanceStatus } from '../../domain/status.ts';

// Incident status words as written in English; `update` keeps the previous status.
const incidentWords: Record<string, IncidentStatus | 'update'> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  update: 'update',
  resolved: 'resolved',
  postmortem: 'postmortem',
};

// Maintenance status words as written in English.
const maintenanceWords: Record<string, MaintenanceStatus | 'update'> = {
  scheduled: 'scheduled',
  'in progress': 'in_progress',
  verifying: 'verifying',
  completed: 'completed',
  update: 'update',
};

// German equivalents, so a German page's incidents read naturally.
const germanWords: Record<string, UpdateStatus> = {
  untersuchung: 'investigating',
  'wird untersucht': 'investigating',
  identifiziert: 'identified',
  'ursache gefunden': 'identified',
  beobachtung: 'monitoring',
  überwachung: 'monitoring',
  aktualisierung: 'update',
  behoben: 'resolved',
  gelöst: 'resolved',
  nachbetrachtung: 'postmortem',
  geplant: 'scheduled',
  'in arbeit': 'in_progress',
  'wird durchgeführt': 'in_progress',
  überprüfung: 'verifying',
  abgeschlossen: 'completed',
};

const allWords: Record<string, UpdateStatus> = {
  ...incidentWords,
  ...maintenanceWords,
  ...germanWords,
  'post-mortem': 'postmortem',
  'in-progress': 'in_progress',
  in_progress: 'in_progress',
};

/** The status a heading's word stands for (case and spacing ignored), or undefined. */
export function statusOfWord(word: string): UpdateStatus | undefined {
  return allWords[word.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** Whether a status belongs to maintenance (`update` belongs to both). */
export function isMaintenanceStatus(status: UpdateStatus): boolean {
  return (
    status === 'scheduled' ||
    status === 'in_progress' ||
    status === 'verifying' ||
    status === 'completed'
  );
}

/** The English word for a status, as the authoring commands write it. */
export function wordOfStatus(status: UpdateStatus): string {
  const word = Object.entries({ ...incidentWords, ...maintenanceWords }).find(
    ([, s]) => s === status,
  )?.[0];
  const text = word ?? status;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The words an author may use for an incident or a maintenance, for messages and suggestions. */
export function wordsFor(kind: 'incident' | 'maintenance'): string[] {
  const words = Object.keys(kind === 'incident' ? incidentWords : maintenanceWords);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
}
