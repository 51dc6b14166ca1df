// Small checks that decide whether a value is valid and build the same output zod's parse would
// (known fields only, in the schema's order; unknown fields dropped), without zod. They exist for
// speed and size: zod walks 5,000 events in ≈30 ms and weighs ≈14 KB gzip in a widget; these
// take a few milliseconds and weigh ≈1 KB. They never explain a refusal: the zod schemas do
// that, loaded only when something is refused (../explain.ts). Agreement with zod is tested.

/** What a check returns for a value it refuses. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** A check: the value as the widgets get it, or INVALID. */
export type Check<T> = (value: unknown) => T | Invalid;

/** A field that may be absent (zod's `optional`). */
export interface Optional<T> {
  readonly optional: Check<T>;
}

type Field = Check<unknown> | Optional<unknown>;
type Shape = Readonly<Record<string, Field>>;
type Checked<F> = F extends Optional<infer T> ? T : F extends Check<infer T> ? T : never;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Flat<T> = { [K in keyof T]: T[K] };

/** What `object(shape)` builds: required fields, then optional ones that may be absent. */
export type ObjectOf<S extends Shape> = Flat<{ [K in RequiredKeys<S>]: Checked<S[K]> } & { [K in OptionalKeys<S>]?: Checked<S[K]> }>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const text: Check<string> = (value) => (typeof value === 'string' ? value : INVALID);

export const bool: Check<boolean> = (value) => (typeof value === 'boolean' ? value : INVALID);

/** Any value at all, kept as it is (zod's `unknown`). */
export const anything: Check<unknown> = (value) => value;

/** Text that passes a test (a pattern, a date rule, the URL rule). */
export function textWhere(test: (value: string) => boolean): Check<string> {
  return (value) => (typeof value === 'string' && test(value) ? value : INVALID);
}

export function matching(pattern: RegExp): Check<string> {
  return textWhere((value) => pattern.test(value));
}

/** One of a fixed list of strings (zod's `enum` and `literal`). */
export function oneOf<const T extends readonly string[]>(values: T): Check<T[number]> {
  const allowed = new Set<unknown>(values);
  return (value) => (allowed.has(value) ? (value as T[number]) : INVALID);
}

/** A whole number within the bounds; like zod's `int`, only safe integers. */
export function integer(min = -Infinity, max = Infinity): Check<number> {
  return (value) => (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : INVALID);
}

/** A finite number (zod's `number` refuses NaN and infinities). */
export const finite: Check<number> = (value) => (Number.isFinite(value) ? (value as number) : INVALID);

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value) => (value === null ? null : check(value));
}

export function optional<T>(check: Check<T>): Optional<T> {
  return { optional: check };
}

/** A list whose every entry passes; a new list, as zod returns. */
export function listOf<T>(check: Check<T>, minLength = 0): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length < minLength) return INVALID;
    const out: T[] = new Array<T>(value.length);
    for (let index = 0; index < value.length; index++) {
      const entry = check(value[index]);
      if (entry === INVALID) return INVALID;
      out[index] = entry;
    }
    return out;
  };
}

/**
 * An object with these fields. As zod does: a required field must pass its check; an optional
 * one may be absent (an own or inherited key holding undefined is kept as undefined); unknown
 * fields are left out.
 */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  const keys = Object.keys(shape);
  const checks = keys.map((key) => {
    const field = shape[key] as Field;
    return typeof field === 'function' ? field : field.optional;
  });
  const optionals = keys.map((key) => typeof shape[key] !== 'function');
  return (value) => {
    if (!isRecord(value)) return INVALID;
    const out: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      const field = value[key];
      if (field === undefined && optionals[index]) {
        if (key in value) out[key] = undefined;
        continue;
      }
      const checked = (checks[index] as Check<unknown>)(field);
      if (checked === INVALID) return INVALID;
      out[key] = checked;
    }
    return out as ObjectOf<S>;
  };
}

/** A check with cross-field rules (zod's `refine`), run on what the check built. */
export function refined<T>(check: Check<T>, ...rules: ((value: NoInfer<T>) => boolean)[]): Check<T> {
  return (value) => {
    const checked = check(value);
    return checked !== INVALID && rules.every((rule) => rule(checked)) ? checked : INVALID;
  };
}

/** One of several object forms, told apart by the string in `key` (zod's `discriminatedUnion`). */
export function taggedBy<T>(key: string, forms: Readonly<Record<string, Check<T>>>): Check<T> {
  const byTag = new Map(Object.entries(forms));
  return (value) => {
    if (!isRecord(value)) return INVALID;
    const check = byTag.get(value[key] as string);
    return check === undefined ? INVALID : check(value);
  };
}
