// Gaps against issue 8 in widgets' own code (packages/**, not the embed work's to change),
// reported to the lead with their symptom. Each is asserted to be still there wherever it applies,
// so that the fix fails the test and the entry is removed here: nothing is silently tolerated.

/**
 * CSP violations a widget causes. `directive` is the violated directive, `console` the line
 * Chromium logs for each.
 */
/** @type {{ tag: string, directive: string, console: RegExp, symptom: string }[]} */
export const KNOWN_CSP_VIOLATIONS = [];

/**
 * Splits a page's CSP violations into known ones (of the widgets on the page) and the rest,
 * and gives the console lines the known ones explain.
 * @param {{ directive: string, tag: string }[]} violations
 * @param {readonly string[]} tags the widgets on the page
 */
export function splitViolations(violations, tags) {
  const issues = KNOWN_CSP_VIOLATIONS.filter((issue) => tags.includes(issue.tag));
  const isKnown = (violation) => issues.some((issue) => issue.tag === violation.tag && issue.directive === violation.directive);
  const known = violations.filter(isKnown);
  const seenIssues = issues.filter((issue) => known.some((violation) => violation.tag === issue.tag));
  return {
    unexpected: violations.filter((violation) => !isKnown(violation)),
    /** Known issues of widgets on the page that did not show: fixed, so their entry must go. */
    fixed: (tagsOnPage) => issues.filter((issue) => tagsOnPage.includes(issue.tag) && !seenIssues.includes(issue)).map((issue) => issue.tag),
    consoleAllowed: seenIssues.map((issue) => issue.console),
  };
}
