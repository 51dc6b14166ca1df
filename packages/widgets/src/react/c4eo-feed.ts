// `@c4eo/widgets/react/c4eo-feed.js`: the React 18 wrapper of <c4eo-feed> alone (see ../react.ts).
// Importing it registers that element and no other, so an app bundles only what it wraps.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { C4eoFeedElement } from '@c4eo/widgets/c4eo-feed.js';

export const C4eoFeed = createComponent({ react: React, tagName: 'c4eo-feed', elementClass: C4eoFeedElement, displayName: 'C4eoFeed' });
