// Compiled with tsc against the PACKED @c4eo/* declarations by test/node/types.test.mjs (and
// against the sources by `npm run lint`). Each line either must compile or, marked with
// `@ts-expect-error`, must not: that is what makes these checks able to fail.
import '@c4eo/widgets/all.js';
import { EvidenceCardElement, ThemePrioritiesElement, type C4eoSelectDetail, type ProgressMapElement } from '@c4eo/widgets';

// The tag map: querySelector and createElement know the classes.
const card: EvidenceCardElement | null = document.querySelector('c4eo-evidence-card');
const priorities: ThemePrioritiesElement = document.createElement('c4eo-theme-priorities');
// @ts-expect-error -- a card is not a priority list
const wrongClass: ThemePrioritiesElement | null = document.querySelector('c4eo-evidence-card');

// Attributes as typed properties.
if (card) card.evidence = 'kr-early-years-3';
// @ts-expect-error -- heading-level is a number
priorities.headingLevel = 'two';
const calendar = document.createElement('c4eo-workshop-calendar');
calendar.view = 'list';
// @ts-expect-error -- the calendar shows a month grid or a list, nothing else
calendar.view = 'week';

// Events heard on the document (they bubble and are composed): the union of every pick.
document.addEventListener('c4eo-select', (event) => {
  const detail: C4eoSelectDetail = event.detail;
  if (detail.kind === 'area') console.log(detail.code.toUpperCase());
  // @ts-expect-error -- only an area carries a code, until the kind is checked
  console.log(event.detail.code);
});
window.addEventListener('c4eo-error', (event) => console.log(event.detail.message.length));

// Events heard on one element: its own kind of pick.
priorities.addEventListener('c4eo-select', (event) => {
  const theme: string = event.detail.theme;
  const kind: 'priority' = event.detail.kind;
  console.log(theme, kind);
});
card?.addEventListener('c4eo-load', (event) => {
  const document: string = event.detail.document;
  // @ts-expect-error -- c4eo-load says which document, nothing else
  console.log(document, event.detail.message);
});
// Ordinary DOM events keep their own types.
card?.addEventListener('click', (event) => console.log(event.clientX));

export { wrongClass };

// The issue's own example: a map's pick is an area, with its GSS code.
const map: ProgressMapElement | null = document.querySelector('c4eo-progress-map');
map?.addEventListener('c4eo-select', (event) => console.log(event.detail.code.toUpperCase()));
