/** One thing wrong in a file ops or machines wrote, located so a person can fix it. */
export interface Problem {
  /** The file, as a path relative to the working directory where possible. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** What is wrong and, where it helps, what to write instead. */
  message: string;
  /** Errors fail the check and the build; warnings are only printed. */
  severity: 'error' | 'warning';
}

/** `file:line: message` (`file: message` without a line), prefixed with "warning: " for warnings. */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${problem.message}`;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
  const escape = (text: string) =>
    text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const props = escape(problem.file).replaceAll(',', '%2C').replaceAll(':', '%3A');
  const line = problem.line > 0 ? `,line=${problem.line}` : '';
  return `::${problem.severity} file=${props}${line}::${escape(problem.message)}`;
}

/** Thrown where a command cannot go on; carries every problem found, not just the first. */
export class ProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}
