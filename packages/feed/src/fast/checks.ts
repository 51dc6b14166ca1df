// Small checks that decide whether a value is valid and give the same data zod's parse would
// (known fields only; unknown fields dropped), without zod. They exist for
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

/**
 * A list whose every entry passes. zod returns a new list; this returns the input itself when
 * no entry needed a copy of its own (the data are the same), and allocates only when one did.
 */
export function listOf<T>(check: Check<T>, minLength = 0): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length < minLength) return INVALID;
    let out: T[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const entry: unknown = value[index];
      const checked = check(entry);
      if (checked === INVALID) return INVALID;
      if (out !== undefined) out[index] = checked;
      else if (checked !== entry) {
        out = value.slice(0, index) as T[];
        out[index] = checked;
      }
    }
    return out ?? (value as T[]);
  };
}

/**
 * An object with these fields. As zod does: a required field must pass its check; an optional
 * one may be absent (an own or inherited key holding undefined is kept as undefined); unknown
 * fields are left out. A plain object that has only known fields, each handed on as it is, is
 * returned itself: the same data as zod's copy, without building one. Copying every object of a
 * large document (thousands of priorities and resources) was most of the time the checks took in
 * a fresh page, where the code has not been optimised yet.
 */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  const checks = keys.map((key) => {
    const field = shape[key] as Field;
    return typeof field === 'function' ? field : field.optional;
  });
  const optionals = keys.map((key) => typeof shape[key] !== 'function');

  /** zod's output for the first `count` fields, all of which passed as they were. */
  const copyOf = (value: Record<string, unknown>, count: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (let index = 0; index < count; index++) {
      const key = keys[index] as string;
      const field = value[key];
      if (field !== undefined || (optionals[index] && key in value)) out[key] = field;
    }
    return out;
  };

  /** Whether the object itself can stand for zod's copy: plain, with no field zod would drop. */
  const handsOnAsIs = (value: Record<string, unknown>): boolean => {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    for (const key in value) if (!known.has(key)) return false;
    return true;
  };

  return (value) => {
    if (!isRecord(value)) return INVALID;
    let out: Record<string, unknown> | undefined;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      const field = value[key];
      if (field === undefined && optionals[index]) {
        if (out !== undefined && key in value) out[key] = undefined;
        continue;
      }
      const checked = (checks[index] as Check<unknown>)(field);
      if (checked === INVALID) return INVALID;
      if (out !== undefined) out[key] = checked;
      else if (checked !== field) {
        out = copyOf(value, index);
        out[key] = checked;
      }
    }
    return (out ?? (handsOnAsIs(value) ? value : copyOf(value, keys.length))) as ObjectOf<S>;
  };
}

/** A check with cross-field rules (zod's `refine`), run on what the check built. */
export function refined<T>(check: Check<T>, ...rules: ((value: NoInfer<T>) => boolean)[]): Check<T> {
  // A plain loop: \`rules.every\` with a fresh closure per value showed in a fresh page's profile
  // of 5,000 events, where the code still runs unoptimised.
  return (value) => {
    const checked = check(value);
    if (checked === INVALID) return INVALID;
    for (let index = 0; index < rules.length; index++) if (!(rules[index] as (value: T) => boolean)(checked)) return INVALID;
    return checked;
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
