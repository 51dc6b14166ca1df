import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `themes[2].priorities[0].rank` from ['themes', 2, 'priorities', 0, 'rank']. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** zod/mini ships no locale, so issues without a message of ours say only "Invalid input". */
function hasOwnMessage(issue: Issue): boolean {
  return issue.message !== '' && issue.message !== 'Invalid input';
}

/**
 * One issue in words a publisher understands: "rating.cost must be from 1 to 5",
 * "published is missing", "title must be text, not a whole number".
 */
export function describeIssue(issue: Issue, input: unknown): string {
  const where = formatPath(issue.path);
  const subject = where === '' ? 'the value' : where;
  const found = valueAt(input, issue.path);
  if (found === undefined && issue.code !== 'custom' && issue.path.length > 0) return `${subject} is missing`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      const own = hasOwnMessage(issue) ? issue.message : `must be ${expected}`;
      return `${subject} ${own}, not ${kindOf(found)}`;
    }
    case 'invalid_value':
      return `${subject} ${hasOwnMessage(issue) ? issue.message : `must be ${issue.values.map(String).join(' or ')}`}`;
    case 'invalid_union':
      if (hasOwnMessage(issue)) return `${subject} ${issue.message}`;
      return `${subject} is not any of the allowed forms`;
    case 'too_small':
      return `${subject} ${hasOwnMessage(issue) ? issue.message : `must be at least ${String(issue.minimum)}`}`;
    case 'too_big':
      return `${subject} ${hasOwnMessage(issue) ? issue.message : `must be at most ${String(issue.maximum)}`}`;
    case 'invalid_key':
      return `${subject} has a key that ${hasOwnMessage(issue) ? issue.message : 'is not allowed'}`;
    default:
      return `${subject} ${hasOwnMessage(issue) ? issue.message : 'is not valid'}`;
  }
}

export function describeIssues(issues: readonly Issue[], input: unknown): string {
  // A field can fail two checks that say the same thing (a URL's pattern and its parse).
  return [...new Set(issues.map((issue) => describeIssue(issue, input)))].join('; ');
}
