import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { clampFor, clipText, eventStatusLabel, eventTypeLabel, formatTimeRange, headingTemplate, titleOr, titleTemplate, typeBadgeTemplate, type NestedHeadingLevel } from '@c4eo/design';
import { FULLY_BOOKED, bookingHref, isPast, notBookableReason, placesLabel, type CalendarEvent } from './calendar-events.js';

export interface EventView {
  level: NestedHeadingLevel;
  now: number;
  expanded: boolean;
  regionName: string | undefined;
  themeName: string | undefined;
  onToggle: (item: CalendarEvent) => void;
  onAddToCalendar: (item: CalendarEvent) => void;
}

/** "Guildford Town Hall, 6 Castle Street, Guildford, GU1 5WJ", "Online", or both. */
export function whereLabel(item: CalendarEvent): string {
  const { venue, online } = item.event;
  const place = venue === undefined ? '' : [venue.name, venue.address, venue.postcode].filter((part) => part?.trim()).join(', ');
  if (online === true) return place === '' ? 'Online' : `${place}, and online`;
  return place;
}

function statusBadge(item: CalendarEvent, now: number): TemplateResult | typeof nothing {
  const { status } = item.event;
  if (status === 'cancelled' || status === 'postponed') {
    return html`<span part="status" class="status status--${status}">${eventStatusLabel(status)}</span>`;
  }
  if (isPast(item, now)) return html`<span part="status" class="status status--past">Finished</span>`;
  return nothing;
}

/**
 * One event as a list item: what it is, when (in London), where, for whom, places, status, and
 * what a person can do (book, add to calendar). Its title is a button that shows the summary and
 * picks the event (`c4eo-select`).
 */
export function renderEvent(item: CalendarEvent, view: EventView): TemplateResult {
  const { event } = item;
  const booking = bookingHref(item, view.now);
  const places = event.status === 'cancelled' || event.status === 'postponed' ? undefined : placesLabel(event);
  const reason = booking === undefined ? notBookableReason(item) : undefined;
  // A cancelled event will not run, and a postponed one not on the date it shows: a file for
  // either would put a dead date in the visitor's calendar (the feed gives a new date when it is set).
  // A finished one (shown with show-past) is over: there is nothing left to add.
  const addable = event.status !== 'cancelled' && event.status !== 'postponed' && !isPast(item, view.now);
  const where = whereLabel(item);
  const detailsId = `event-details-${event.id}`;
  // The actions are named after their event, so a list of links or buttons tells them apart. As
  // aria-label (not hidden text beside the visible words, which Chromium joins with a stray space
  // before the colon), still starting with the words on screen (WCAG 2.5.3).
  const titleForName = clipText(titleOr(event.title, 'event'));
  const title = html`<button
    type="button"
    class="event__pick c4eo-text-button c4eo-marker"
    part="event-title-button"
    aria-expanded=${view.expanded ? 'true' : 'false'}
    aria-controls=${detailsId}
    @click=${() => view.onToggle(item)}
  >
    <span class=${clampFor(event.title, 'short').trim()}>${titleTemplate(event.title, 'event')}</span>
  </button>`;
  return html`<li
    class=${classMap({ event: true, 'event--cancelled': event.status === 'cancelled', 'event--postponed': event.status === 'postponed', 'event--past': isPast(item, view.now) })}
    part="event"
    data-event=${event.id}
  >
    <p class="event__badges">${typeBadgeTemplate(eventTypeLabel(event.type), 'neutral')} ${statusBadge(item, view.now)}</p>
    ${headingTemplate(view.level, title, 'event__title', 'event-title')}
    <dl class="event__facts">
      <div><dt>When</dt><dd part="when"><time datetime=${event.start}>${formatTimeRange(event.start, event.end)}</time></dd></div>
      ${where === '' ? nothing : html`<div><dt>Where</dt><dd part="where" class=${clampFor(where, 'line').trim()}>${where}</dd></div>`}
      ${event.audience?.length ? html`<div><dt>For</dt><dd part="audience" class=${clampFor(event.audience.join(', '), 'line').trim()}>${event.audience.join(', ')}</dd></div>` : nothing}
      ${places === undefined ? nothing : html`<div><dt>Places</dt><dd part="places" class=${places === FULLY_BOOKED ? 'places places--full' : 'places'}>${places}</dd></div>`}
    </dl>
    <div class="event__details" id=${detailsId} part="event-details" ?hidden=${!view.expanded}>
      ${view.expanded && event.summary ? html`<p class=${clampFor(event.summary).trim()}>${event.summary}</p>` : nothing}
      ${view.expanded && (view.regionName || view.themeName)
        ? html`<p class="event__meta">${[view.regionName && `Region: ${view.regionName}`, view.themeName && `Theme: ${view.themeName}`].filter(Boolean).join(' · ')}</p>`
        : nothing}
    </div>
    <div class="event__actions">
      ${booking === undefined
        ? reason === undefined ? nothing : html`<p class="event__not-bookable" part="not-bookable">${reason}</p>`
        : html`<a class="action action--primary" part="booking" href=${booking} aria-label=${`Book a place: ${titleForName}`}>Book a place</a>`}
      ${addable
        ? html`<button type="button" class="action" part="add-to-calendar" aria-label=${`Add to calendar: ${titleForName}`} @click=${() => view.onAddToCalendar(item)}>
            Add to calendar
          </button>`
        : nothing}
    </div>
  </li>`;
}
