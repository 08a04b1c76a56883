import type { BrowserContext, ConsoleMessage, WebError } from '@playwright/test';

/** An uncaught error or a console error from any page of a watched browser context. */
export interface PageProblem {
  readonly kind: 'uncaught error' | 'console error';
  readonly text: string;
  /** The page (or the script line, for console messages) it came from. */
  readonly where: string;
}

interface Expectation {
  readonly pattern: RegExp;
  readonly why: string;
}

const describeProblem = (problem: PageProblem): string =>
  `${problem.kind}: ${problem.text} (${problem.where})`;

/**
 * Collects every uncaught error and console error of the browser contexts it watches. A test
 * says which errors it expects (`expect`): those must turn up, everything else is a failure.
 */
export class PageProblems {
  readonly #seen: PageProblem[] = [];
  readonly #expected: Expectation[] = [];

  /** Listen to every page the context has or opens, popups included. */
  watch(context: BrowserContext): void {
    context.on('weberror', (error: WebError) => {
      const page = error.page();
      this.record({
        kind: 'uncaught error',
        text: error.error().message,
        where: page ? page.url() : 'unknown page',
      });
    });
    context.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      // Code run through page.evaluate has no script URL: name the page instead.
      const where = url ? `${url}:${lineNumber}` : (message.page()?.url() ?? 'unknown page');
      this.record({ kind: 'console error', text: message.text(), where });
    });
  }

  record(problem: PageProblem): void {
    this.#seen.push(problem);
  }

  /** This test logs an error matching `pattern` on purpose (`why` says why): it must turn up. */
  expect(pattern: RegExp, why: string): void {
    // A global or sticky pattern remembers where it last matched, and would then miss.
    if (pattern.global || pattern.sticky) {
      throw new Error(`Expected error ${pattern}: drop the g and y flags.`);
    }
    this.#expected.push({ pattern, why });
  }

  /** Everything collected so far, expected or not. */
  all(): readonly PageProblem[] {
    return [...this.#seen];
  }

  /**
   * What fails the test: every problem not expected, and every expected error that never came
   * (an expectation that matches nothing would hide nothing, and rot).
   */
  failures(): string[] {
    const unexpected = this.#seen.filter(
      (problem) => !this.#expected.some(({ pattern }) => pattern.test(problem.text)),
    );
    const missing = this.#expected.filter(
      ({ pattern }) => !this.#seen.some((problem) => pattern.test(problem.text)),
    );
    return [
      ...unexpected.map(describeProblem),
      ...missing.map(({ pattern, why }) => `expected error ${pattern} never came (${why})`),
    ];
  }
}
