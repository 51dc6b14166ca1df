// Fails a test in which Lit's development build issued a warning (other than its one-time "Lit is
// in dev mode" notice). Developers who install our packages run that build (Vite and
// web-test-runner pick the `development` export condition by default), so a warning our widgets
// cause, e.g. "change-in-update" (an element that sets a reactive property after its update
// completed and so renders twice), lands in their console. The tests run the same build.
//
// Lit records each warning it printed in `globalThis.litIssuedWarnings` and prints a message only
// once per page. After each test this takes the warnings out of that record, so that the next
// test that causes the same warning is caught as well, and fails the test with their text.
//
// Loaded by testRunnerHtml before the test framework, it cannot call mocha's `afterEach` yet: it
// adds its hook to the root suite of the mocha instance the framework script creates, the moment
// that script puts it on `globalThis.mocha` (so every test of every file is checked, and no test
// file has to remember to import anything).

/** The warning Lit prints once per page whatever the page does: not ours to avoid. */
const EXPECTED_CODES = new Set(['dev-mode']);

type LitGlobal = typeof globalThis & { litIssuedWarnings?: Set<string> };

/** "change-in-update" from "… See https://lit.dev/msg/change-in-update for more information." */
export function litWarningCode(warning: string): string | undefined {
  return /lit\.dev\/msg\/([\w-]+)/.exec(warning)?.[1];
}

/**
 * The warnings Lit issued since the last call, except the expected ones, taken out of Lit's
 * record so that Lit prints them again when they recur. Entries without a lit.dev address are
 * codes a page added to silence a warning, not warnings: they stay.
 */
export function takeLitWarnings(): string[] {
  const issued = (globalThis as LitGlobal).litIssuedWarnings;
  if (issued === undefined) return [];
  const taken = [...issued].filter((warning) => {
    const code = litWarningCode(warning);
    return code !== undefined && !EXPECTED_CODES.has(code);
  });
  for (const warning of taken) issued.delete(warning);
  return taken;
}

/** The failure a test gets for the warnings, or undefined when there were none. */
export function litWarningsFailure(warnings: readonly string[]): Error | undefined {
  if (warnings.length === 0) return undefined;
  const listed = warnings.map((warning) => `- ${warning}`).join('\n');
  return new Error(`Lit's development build issued ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`} during this test (or after the previous one ended). Fix the cause (its lit.dev page says how), do not silence it; test/setup/lit-warnings.ts says why.\n${listed}`);
}

/**
 * The root `afterEach`'s work: marks the test that just ran failed, through the hook's error
 * (mocha then fails that test; a thrown error would fail the hook and skip the rest of the file).
 */
export function failTestOnLitWarnings(hook: { error(failure: Error): void }): void {
  const failure = litWarningsFailure(takeLitWarnings());
  if (failure !== undefined) hook.error(failure);
}

/** The root `after`: a warning issued after the file's last test ended fails the file. */
function failFileOnLateLitWarnings(): void {
  const failure = litWarningsFailure(takeLitWarnings());
  if (failure !== undefined) throw failure;
}

interface MochaWithSuite {
  suite: Mocha.Suite;
}

/** The root suite the hooks went on, once the framework made its mocha: a test checks the guard is on. */
export let guardedSuite: Mocha.Suite | undefined;

function guard(instance: MochaWithSuite): void {
  instance.suite.afterEach('no Lit dev-mode warning', function (this: Mocha.Context) {
    failTestOnLitWarnings(this.test as Mocha.Hook);
  });
  instance.suite.afterAll('no Lit dev-mode warning after the last test', failFileOnLateLitWarnings);
  guardedSuite = instance.suite;
}

const loaded = (globalThis as { mocha?: MochaWithSuite }).mocha;
if (loaded !== undefined) guard(loaded);
else {
  Object.defineProperty(globalThis, 'mocha', {
    configurable: true,
    get: () => undefined,
    set(instance: MochaWithSuite) {
      Object.defineProperty(globalThis, 'mocha', { value: instance, writable: true, configurable: true, enumerable: true });
      guard(instance);
    },
  });
}
