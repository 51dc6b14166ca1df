// Vue 3 with render functions, so no template compiler or plugin is needed. `onC4eoSelect` is
// what `@c4eo-select` compiles to in a template; Vue listens for the event `c4eo-select`.
// (With templates, tell the compiler which tags are custom elements:
// `compilerOptions.isCustomElement: (tag) => tag.startsWith('c4eo-')`.)
import { createApp, h, ref } from 'vue';
// One entry per element: this registers <c4eo-feed> and <c4eo-theme-priorities> and nothing else.
import '@c4eo/widgets/c4eo-feed.js';
import '@c4eo/widgets/theme-priorities.js';

/** The feed's base URL: here the sample feed, copied into the app's public/feed/ folder. */
const FEED = '/feed/';

const Priorities = {
  setup() {
    const picked = ref(null);
    return () => [
      h('c4eo-feed', { src: FEED }, [
        h(
          'c4eo-theme-priorities',
          { theme: 'early-years', 'heading-level': '2', onC4eoSelect: (event) => (picked.value = event.detail) },
          [h('a', { href: 'https://www.c4eo.org.uk/' }, "C4EO's themes and priorities")],
        ),
      ]),
      h('p', { id: 'picked', role: 'status' }, picked.value ? `You picked priority ${picked.value.id} of ${picked.value.theme}.` : 'Pick a priority.'),
    ];
  },
};

createApp(Priorities).mount('#app');
