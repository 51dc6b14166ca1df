// React 18 and earlier: the wrappers of `@c4eo/widgets/react.js` (made with @lit/react, which you
// install beside the widgets: `npm install @lit/react`). Props become properties and
// `onC4eoSelect`, `onC4eoLoad`, `onC4eoError` become event listeners. They work in React 19 too.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { C4eoFeed, ThemePriorities } from '@c4eo/widgets/react.js';

/** The feed's base URL: here the sample feed, copied into the app's public/feed/ folder. */
const FEED = '/feed/';

function Priorities() {
  const [picked, setPicked] = useState(null);
  return (
    <>
      <C4eoFeed src={FEED}>
        <ThemePriorities theme="early-years" headingLevel={2} onC4eoSelect={(event) => setPicked(event.detail)}>
          <a href="https://www.c4eo.org.uk/">C4EO's themes and priorities</a>
        </ThemePriorities>
      </C4eoFeed>
      <p id="picked" role="status">{picked ? `You picked priority ${picked.id} of ${picked.theme}.` : 'Pick a priority.'}</p>
    </>
  );
}

createRoot(document.getElementById('app')).render(<Priorities />);
