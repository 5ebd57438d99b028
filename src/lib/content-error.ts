/** An error in content/ that must stop the build, phrased for the person who edits the file. */
export class ContentError extends Error {
  /** The file at fault. */
  readonly file: string;
  /** What is wrong. */
  readonly problem: string;
  /** How to fix it. */
  readonly fix: string;
  /** 1-based line in the file, where known. */
  readonly line: number | undefined;

  constructor(file: string, problem: string, fix: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}\n  Fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.problem = problem;
    this.fix = fix;
    this.line = line;
  }
}

/** Several content errors reported together, so one build shows every problem at once. */
export class ContentErrors extends Error {
  readonly problems: ContentError[];

  constructor(errors: ContentError[]) {
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in content:\n\n${errors.map((e) => e.message).join('\n\n')}`);
    this.name = 'ContentErrors';
    this.problems = errors;
  }
}

/** Throws all collected errors at once, if there are any. */
export function throwIfAny(errors: ContentError[]): void {
  if (errors.length > 0) throw new ContentErrors(errors);
}

/**
 * Something in content/ that may be intended (a footnote kept as a note to self) but changes what is
 * published: printed by the build and by `npm run check:content`, an error under `--strict`.
 */
export interface ContentWarning {
  file: string;
  line: number | undefined;
  problem: string;
  fix: string;
}

/** A problem as one line an editor's tools can jump to: "file:line: problem — fix". */
export function formatProblem({ file, line, problem, fix }: Pick<ContentError, 'file' | 'line' | 'problem' | 'fix'>): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${problem} — ${fix}`;
}
