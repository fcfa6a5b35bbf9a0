// One timeline entry: an invitation card drawn from the structured conference (not from the Markdown), or a notice.
import { h, httpUrl, telUri, externalLink } from './dom.js';
import { t, shortTime, fullTime, providerName } from './labels.js';
import { markdown } from './markdown.js';

const groupPin = (pin) => pin.replace(/(\d{3})(?=\d)/g, '$1 ');

function time(iso, prefixLabel) {
  const text = shortTime(iso);
  return h('time', { datetime: iso, title: fullTime(iso) }, prefixLabel ? t(prefixLabel, text) : text);
}

/**
 * The list item of a timeline message. `actions` are the page's callbacks and facts about the viewer:
 * { viewer, isAdmin, join(conference, card), share(conference), end(conference, card) }.
 */
export function messageItem(message, actions) {
  const item = h('li', { class: `message message-${message.kind}`, 'data-message-id': message.messageId, 'data-conference-id': message.conferenceId });
  const conference = message.invitation;
  item.append(message.kind === 'invitation' && conference ? invitationCard(conference, message, actions) : notice(message));
  return item;
}

/** Redraws the card of an invitation item with a newer view of its conference (status changes, ended). */
export function refreshInvitation(item, message, conference, actions) {
  item.replaceChildren(invitationCard(conference, message, actions));
}

function invitationCard(conference, message, actions) {
  const status = conference.status;
  const running = status === 'started';
  const titleId = `title-${message.messageId}`;
  const card = h('article', { class: `card invitation status-${status}`, 'aria-labelledby': titleId });

  card.append(
    h('header', { class: 'card-head' },
      h('span', { class: `provider provider-${conference.provider}` }, providerName(conference.provider)),
      h('span', { class: `badge badge-${status}` }, t(`Status_${status[0].toUpperCase()}${status.slice(1)}`))),
    h('h3', { class: 'card-title', id: titleId }, conference.topic || t('Card_Untitled')),
    h('p', { class: 'meta' }, t('Card_StartedBy', conference.startedBy.name), ' · ', time(message.createdAt)));

  if (status === 'ended') {
    if (conference.endedAt) card.append(h('p', { class: 'meta ended-at' }, time(conference.endedAt, 'Card_EndedAt')));
    return card;
  }
  if (running) {
    card.append(joinRow(conference, actions));
    if (conference.dialIn) card.append(dialIn(conference.dialIn));
  }
  if (conference.restrictedToDomain) {
    const excluded = conference.excludedMembers ?? [];
    card.append(h('div', { class: 'note note-restricted' },
      h('p', {}, t('Card_Restricted', conference.restrictedToDomain)),
      excluded.length ? h('p', { class: 'note-excluded' }, t('Card_Excluded', excluded.map((m) => m.name).join(', '))) : null));
  }
  if (conference.provider === 'uberconference' && running) {
    card.append(h('p', { class: 'note' }, t('Card_UberConferenceNewcomers')));
  }
  card.append(h('p', { class: 'card-error', role: 'alert', hidden: true }));

  const buttons = [];
  if (running) buttons.push(h('button', { type: 'button', class: 'button', 'data-action': 'share', onclick: () => actions.share(conference, card) }, t('Card_Share')));
  const mayEnd = conference.startedBy.userId === actions.viewer || actions.isAdmin;
  if (mayEnd && (running || status === 'starting')) {
    buttons.push(h('button', { type: 'button', class: 'button danger', 'data-action': 'end', onclick: (event) => actions.end(conference, card, event.currentTarget) }, t('Card_End')));
  }
  if (buttons.length) card.append(h('footer', { class: 'card-actions' }, buttons));
  return card;
}

function joinRow(conference, actions) {
  const row = h('div', { class: 'join-row' });
  const joinUrl = httpUrl(conference.joinUrl);
  if (joinUrl) {
    row.append(externalLink(joinUrl, t('Card_Join'), 'button primary join'));
  } else if (conference.restrictedToDomain) {
    // The link of a restricted conference is handed out per person, by POST /join.
    row.append(h('button', { type: 'button', class: 'button primary join', onclick: (event) => actions.join(conference, event.currentTarget) }, t('Card_Join')));
  }
  if (conference.meetingCode) {
    row.append(h('span', { class: 'code' }, h('span', { class: 'code-label' }, t('Card_MeetingCode')), ' ', h('code', {}, conference.meetingCode)));
  }
  return row;
}

function dialIn(phone) {
  const facts = h('dl', { class: 'dial-in' },
    h('div', {}, h('dt', {}, t('Card_DialIn')), h('dd', {}, phone.number)),
    phone.pin ? h('div', {}, h('dt', {}, t('Card_Pin')), h('dd', {}, `${groupPin(phone.pin)}#`)) : null);
  const links = h('p', { class: 'phone-links' });
  const oneTap = telUri(phone.oneTapUri);
  if (oneTap) links.append(h('a', { href: oneTap, class: 'tel' }, t('Card_OneTap')));
  const more = httpUrl(phone.moreNumbersUrl);
  if (more) links.append(externalLink(more, t('Card_MoreNumbers'), 'more-numbers'));
  return h('div', { class: 'phone' }, facts, links.childElementCount ? links : null);
}

function notice(message) {
  // The text is room-events' own sentence in the team's language (a failure, a follow-up): shown as it says it.
  return h('article', { class: `card notice notice-${message.kind}` }, markdown(message.text), h('p', { class: 'meta' }, time(message.createdAt)));
}
