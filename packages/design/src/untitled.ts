import { html, type TemplateResult } from 'lit';

/**
 * The feed allows an empty title (feed-spec: `title` is any string). A link, button, heading or
 * summary made from one would have no name (WCAG 4.1.2, 2.4.4), so each widget shows and speaks
 * a placeholder in plain words instead, the same one everywhere the thing is named: on screen, in
 * names built from the title ("Add to calendar: Untitled event") and in files made from it.
 */
export const UNTITLED = {
  evidence: 'Untitled evidence',
  theme: 'Untitled theme',
  outcome: 'Untitled outcome',
  priority: 'Untitled priority',
  resource: 'Untitled resource',
  event: 'Untitled event',
  indicator: 'Untitled indicator',
} as const;

export type UntitledKind = keyof typeof UNTITLED;

/**
 * White space and Unicode's default-ignorable characters, which draw nothing and are not read
 * (zero-width spaces and joiners, direction marks and isolates, soft hyphens, the Hangul fillers
 * U+3164 and U+FFA0, variation selectors, the BOM).
 */
const NOTHING_TO_READ = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** Whether feed text names nothing: empty, or only characters that show and say nothing. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || NOTHING_TO_READ.test(text);
}

/** The title, or the placeholder for its kind when it is blank: for names, labels and files. */
export function titleOr(text: string, kind: UntitledKind): string {
  return isBlank(text) ? UNTITLED[kind] : text;
}

/** An area's name, or "Unnamed area E06000022" when it is blank: the code tells two of them apart. */
export function areaNameOr(name: string, code: string): string {
  return isBlank(name) ? `Unnamed area ${code}` : name;
}

/**
 * The title for a template: itself, or the placeholder marked `.c4eo-untitled` (tokens.ts), so
 * that it reads as one (italic, in the colour of the text around it).
 */
export function titleTemplate(text: string, kind: UntitledKind): TemplateResult | string {
  return isBlank(text) ? placeholderTemplate(UNTITLED[kind]) : text;
}

/** A placeholder's words, marked to read as one. */
export function placeholderTemplate(words: string): TemplateResult {
  return html`<span class="c4eo-untitled">${words}</span>`;
}
