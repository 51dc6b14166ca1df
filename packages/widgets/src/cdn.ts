// The CDN build's entry: one script tag defines every element. With no `feed` attribute and no
// <c4eo-feed>, widgets read the sample feed that the build publishes beside this file, so one
// script tag works with nothing else to set and nothing but the CDN to allow in a CSP.
import { setDefaultFeed } from '@c4eo/design';
import './all.js';

setDefaultFeed(new URL('./feed/', import.meta.url).href);

// The words the widgets show for a blank title, for a tool on the page that lists feed items
// too (the embed builder's selects): its names then match what the widgets show.
export { UNTITLED, areaNameOr, isBlank, titleOr } from '@c4eo/design';
