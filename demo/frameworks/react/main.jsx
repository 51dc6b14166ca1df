// React 19 renders custom elements natively: attributes as written, and `on` + the event's exact
// name (`onc4eo-select`) as an event listener. No wrapper is needed.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
// One entry per element: this registers <c4eo-feed> and <c4eo-theme-priorities> and nothing else.
import '@c4eo/widgets/c4eo-feed.js';
import '@c4eo/widgets/theme-priorities.js';

/** The feed's base URL: here the sample feed, copied into the app's public/feed/ folder. */
const FEED = '/feed/';

function Priorities() {
  const [picked, setPicked] = useState(null);
  return (
    <>
      <c4eo-feed src={FEED}>
        <c4eo-theme-priorities theme="early-years" heading-level="2" onc4eo-select={(event) => setPicked(event.detail)}>
          <a href="https://www.c4eo.org.uk/">C4EO's themes and priorities</a>
        </c4eo-theme-priorities>
      </c4eo-feed>
      <p id="picked" role="status">{picked ? `You picked priority ${picked.id} of ${picked.theme}.` : 'Pick a priority.'}</p>
    </>
  );
}

createRoot(document.getElementById('app')).render(<Priorities />);
