// The live room page: development sign-in, a room's timeline kept up to date by server-sent events, the room menu
// that starts conferences, and the invitation cards' Join, Share and End.
import { get, post, segment, newIdempotencyKey } from './api.js';
import { h, httpUrl, show } from './dom.js';
import { loadLabels, t, browserLocale } from './labels.js';
import { messageItem, refreshInvitation } from './cards.js';

const $ = (id) => document.getElementById(id);
const views = ['loading', 'sign-in-disabled', 'sign-in', 'room'];
const providers = [
  ['google-hangout', 'Menu_StartGoogleHangout'],
  ['uberconference', 'Menu_StartUberConference'],
];

const state = {
  session: null,
  team: null,
  rooms: [],
  roomId: null,
  entries: new Map(), // messageId -> { message, item }
  source: null,
  sharing: null,
};

function showView(id) {
  for (const view of views) show($(view), view === id);
}

function setStatus(text, isError = false) {
  const line = $('status-line');
  line.textContent = text;
  line.classList.toggle('error', isError);
}

// --- sign-in ----------------------------------------------------------------------------------------------------

let directory = [];

async function boot() {
  try {
    const session = await get('/web/session'); // null (204) when nobody is signed in
    if (session) await signedIn(session);
    else await showSignIn();
  } catch (error) {
    if (error.status === 404) {
      await loadLabels(browserLocale());
      showView('sign-in-disabled');
    } else {
      fail(error);
    }
  }
}

async function showSignIn(reason) {
  state.session = null;
  show($('account'), false);
  await loadLabels(browserLocale());
  directory = (await get('/web/directory')).filter((team) => team.rooms.some((room) => room.members.length > 0));
  fillSelect($('sign-in-team'), directory.map((team) => [team.teamId, team.name]));
  show($('no-teams'), directory.length === 0);
  $('sign-in-form').querySelector('button[type=submit]').disabled = directory.length === 0;
  pickTeam();
  const error = $('sign-in-error');
  error.textContent = reason ?? '';
  show(error, Boolean(reason));
  showView('sign-in');
  $('sign-in-team').focus();
}

function pickTeam() {
  const team = directory.find((candidate) => candidate.teamId === $('sign-in-team').value);
  const rooms = (team?.rooms ?? []).filter((room) => room.members.length > 0);
  fillSelect($('sign-in-room'), rooms.map((room) => [room.roomId, room.name]));
  pickRoom();
}

function pickRoom() {
  const team = directory.find((candidate) => candidate.teamId === $('sign-in-team').value);
  const room = team?.rooms.find((candidate) => candidate.roomId === $('sign-in-room').value);
  fillSelect($('sign-in-member'), (room?.members ?? []).map((member) => [member.userId, member.name]));
}

async function signIn(event) {
  event.preventDefault();
  const error = $('sign-in-error');
  show(error, false);
  try {
    const session = await post('/web/sign-in', { teamId: $('sign-in-team').value, userId: $('sign-in-member').value });
    history.replaceState(null, '', `#room=${encodeURIComponent($('sign-in-room').value)}`);
    await signedIn(session);
  } catch (failure) {
    error.textContent = t('Error_Generic', failure.message);
    show(error, true);
  }
}

async function signOut() {
  closeStream();
  await post('/web/sign-out').catch(() => null);
  history.replaceState(null, '', location.pathname);
  await showSignIn();
}

// --- the signed-in member and their rooms -----------------------------------------------------------------------

async function signedIn(session) {
  state.session = session;
  await loadLabels(); // the team's language, from the cookie
  const teamPath = `/api/teams/${segment(session.teamId)}`;
  state.team = await get(teamPath).catch(() => null);
  state.rooms = (await get(`${teamPath}/rooms`).catch(() => null) ?? await directoryRooms(session))
    .map((room) => ({ roomId: room.roomId ?? room.id, name: room.name }));

  $('team-name').textContent = state.team?.name ?? session.teamName;
  // "Signed in as" around the name is its own text, so a phone can show just the name (and still say it aloud).
  const [before, after] = t('SignedInAs', '\u0000').split('\u0000');
  $('who').replaceChildren(h('span', { class: 'who-label' }, before), session.name, h('span', { class: 'who-label' }, after ?? ''));
  show($('account'), true);
  fillSelect($('room-picker'), state.rooms.map((room) => [room.roomId, room.name]));

  const wanted = new URLSearchParams(location.hash.slice(1)).get('room');
  const roomId = state.rooms.some((room) => room.roomId === wanted) ? wanted : state.rooms[0]?.roomId;
  if (!roomId) {
    await showSignIn(t('Share_NoRooms'));
    return;
  }
  await openRoom(roomId);
}

// Before the team's rooms endpoint answers (or where it does not exist), the sign-in directory knows them.
async function directoryRooms(session) {
  const team = (await get('/web/directory')).find((candidate) => candidate.teamId === session.teamId);
  return (team?.rooms ?? []).filter((room) => room.members.some((member) => member.userId === session.userId));
}

function isAdmin() {
  return state.team?.isAdmin ?? (state.team?.admins ?? []).includes(state.session.userId);
}

function providerEnabled(provider) {
  const setting = state.team?.providers?.[provider];
  return setting?.enabled ?? true;
}

// --- one room: timeline, live stream, menu -------------------------------------------------------------------------

async function openRoom(roomId) {
  closeStream();
  state.roomId = roomId;
  state.entries.clear();
  $('timeline').replaceChildren();
  $('room-picker').value = roomId;
  $('room-title').textContent = state.rooms.find((room) => room.roomId === roomId)?.name ?? roomId;
  history.replaceState(null, '', `#room=${encodeURIComponent(roomId)}`);
  setStatus('');
  renderMenu();
  // The stream first, then the timeline: nothing said between the two reads is missed (upsert drops repeats).
  connectStream();
  await loadTimeline();
  showView('room');
}

async function loadTimeline() {
  const roomId = state.roomId;
  try {
    const messages = await get(`/api/rooms/${segment(roomId)}/messages`);
    if (roomId !== state.roomId) return;
    for (const message of messages) upsert(message);
    updateEmpty();
  } catch (error) {
    handle(error);
  }
}

const actions = {
  get viewer() {
    return state.session?.userId;
  },
  get isAdmin() {
    return isAdmin();
  },
  join,
  share: openShare,
  end,
};

function upsert(message) {
  if (message.roomId && message.roomId !== state.roomId) return;
  const timeline = $('timeline');
  const known = state.entries.get(message.messageId);
  const item = messageItem(message, actions);
  if (known) {
    known.item.replaceWith(item);
  } else {
    // In time order; a live message is almost always the newest.
    const later = [...state.entries.values()].find((entry) => entry.message.createdAt > message.createdAt);
    timeline.insertBefore(item, later ? later.item : null);
    if (message.kind === 'invitation' || message.kind === 'failure') setStatus('');
  }
  state.entries.set(message.messageId, { message, item });
  // A follow-up (ended, say) carries the newest view of its conference: the invitation's card shows it too.
  if (message.kind !== 'invitation' && message.invitation) updateConference(message.invitation);
  updateEmpty();
  if (!known) item.scrollIntoView({ block: 'nearest' });
}

function updateConference(conference) {
  for (const entry of state.entries.values()) {
    if (entry.message.kind !== 'invitation' || entry.message.conferenceId !== conference.conferenceId) continue;
    entry.message = { ...entry.message, invitation: conference };
    refreshInvitation(entry.item, entry.message, conference, actions);
  }
}

function updateEmpty() {
  show($('timeline-empty'), state.entries.size === 0);
}

function connectStream() {
  const source = new EventSource(`/api/rooms/${segment(state.roomId)}/stream`);
  state.source = source;
  let interrupted = false;
  const live = $('live');
  const setLive = (on) => {
    live.dataset.state = on ? 'on' : 'reconnecting';
    live.textContent = t(on ? 'Live_On' : 'Live_Reconnecting');
  };
  source.addEventListener('open', () => {
    setLive(true);
    if (interrupted) loadTimeline(); // whatever was said while the stream was down
    interrupted = false;
  });
  source.addEventListener('message', (event) => upsert(JSON.parse(event.data)));
  source.addEventListener('conference', (event) => updateConference(JSON.parse(event.data)));
  source.addEventListener('error', () => {
    interrupted = true;
    setLive(false);
    if (source.readyState !== EventSource.CLOSED) return; // the browser retries by itself
    // Refused outright (signed out, or the server went away for good): check the session, then try again.
    setTimeout(async () => {
      if (state.source !== source) return;
      try {
        if (await get('/web/session')) connectStream();
        else handle({ status: 401 });
      } catch (error) {
        handle(error);
      }
    }, 3000);
  });
}

function closeStream() {
  state.source?.close();
  state.source = null;
}

function renderMenu() {
  const enabled = providers.filter(([provider]) => providerEnabled(provider));
  $('menu-items').replaceChildren(...enabled.map(([provider, label]) =>
    h('button', { type: 'button', class: `button menu-item menu-${provider}`, 'data-provider': provider, onclick: (event) => start(provider, event.currentTarget) }, t(label))));
  show($('no-providers'), enabled.length === 0);
}

function setMenu(open) {
  const button = $('menu-button');
  button.setAttribute('aria-expanded', String(open));
  show($('room-menu'), open);
  if (open) $('topic').focus();
}

async function start(provider, button) {
  button.disabled = true;
  try {
    const topic = $('topic').value.trim();
    await post(`/api/rooms/${segment(state.roomId)}/conferences`, { provider, topic: topic || null }, { 'Idempotency-Key': newIdempotencyKey() });
    $('topic').value = '';
    setMenu(false);
    $('menu-button').focus();
    setStatus(t('Menu_Starting'));
  } catch (error) {
    setStatus(t('Error_Generic', error.message), true);
    handle(error, { quiet: true });
  } finally {
    button.disabled = false;
  }
}

// --- card actions -------------------------------------------------------------------------------------------------

function cardError(card, text) {
  const line = card.querySelector('.card-error');
  if (!line) return;
  line.textContent = text;
  show(line, Boolean(text));
}

async function join(conference, button) {
  const card = button.closest('.card');
  cardError(card, '');
  try {
    const answer = await post(`/api/conferences/${segment(conference.conferenceId)}/join`);
    const url = httpUrl(answer?.joinUrl);
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
  } catch (error) {
    cardError(card, t('Card_JoinRefused', error.message));
    handle(error, { quiet: true });
  }
}

async function end(conference, card, button) {
  button.disabled = true;
  cardError(card, '');
  try {
    const view = await post(`/api/conferences/${segment(conference.conferenceId)}/end`);
    if (view?.conferenceId) updateConference(view);
  } catch (error) {
    button.disabled = false;
    cardError(card, t('Error_Generic', error.message));
    handle(error, { quiet: true });
  }
}

function openShare(conference, card) {
  const others = state.rooms.filter((room) => room.roomId !== state.roomId);
  state.sharing = { conference, card, opener: card.querySelector('[data-action=share]') };
  $('share-topic').textContent = conference.topic || t('Card_Untitled');
  fillSelect($('share-room'), others.map((room) => [room.roomId, room.name]));
  show($('share-room').closest('label'), others.length > 0);
  show($('share-no-rooms'), others.length === 0);
  $('share-submit').disabled = others.length === 0;
  show($('share-error'), false);
  $('share-dialog').showModal();
  (others.length ? $('share-room') : $('share-cancel')).focus();
}

async function share(event) {
  event.preventDefault();
  const { conference, opener } = state.sharing;
  const roomId = $('share-room').value;
  $('share-submit').disabled = true;
  try {
    await post(`/api/conferences/${segment(conference.conferenceId)}/shares`, { roomId });
    closeShare();
    setStatus(t('Card_SharedInto', state.rooms.find((room) => room.roomId === roomId)?.name ?? roomId));
    opener?.focus();
  } catch (error) {
    const line = $('share-error');
    line.textContent = t('Error_Generic', error.message);
    show(line, true);
    handle(error, { quiet: true });
  } finally {
    $('share-submit').disabled = false;
  }
}

function closeShare() {
  $('share-dialog').close();
  state.sharing?.opener?.focus();
  state.sharing = null;
}

// --- plumbing -------------------------------------------------------------------------------------------------------

function fillSelect(select, options) {
  select.replaceChildren(...options.map(([value, text]) => h('option', { value }, text)));
}

/** A 401 means the cookie is gone or stale: back to the sign-in. Anything else is shown where it happened. */
function handle(error, { quiet = false } = {}) {
  if (error?.status === 401 && state.session) {
    closeStream();
    showSignIn(t('Error_SignedOut'));
  } else if (!quiet) {
    setStatus(t('Error_Generic', error.message), true);
  }
}

function fail(error) {
  const loading = $('loading');
  const text = t('Error_Generic', error.message);
  loading.textContent = text === 'Error_Generic' ? error.message : text; // before the labels arrived
  loading.classList.add('error');
  showView('loading');
}

function wire() {
  $('sign-in-team').addEventListener('change', pickTeam);
  $('sign-in-room').addEventListener('change', pickRoom);
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('room-picker').addEventListener('change', (event) => openRoom(event.target.value));
  $('menu-button').addEventListener('click', () => setMenu($('room-menu').hidden));
  $('menu').addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('room-menu').hidden) {
      setMenu(false);
      $('menu-button').focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!$('room-menu').hidden && !$('menu').contains(event.target)) setMenu(false);
  });
  $('share-form').addEventListener('submit', share);
  $('share-cancel').addEventListener('click', closeShare);
  $('share-dialog').addEventListener('cancel', () => {
    state.sharing?.opener?.focus();
    state.sharing = null;
  });
}

wire();
boot();
