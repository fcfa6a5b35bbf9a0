// The page's words, in the team's language (GET /web/labels), and times in the viewer's own time zone.
import { get } from './api.js';

let labels = {};
let locale = 'en';

export async function loadLabels(wanted) {
  const answer = await get(wanted ? `/web/labels?locale=${encodeURIComponent(wanted)}` : '/web/labels');
  labels = answer.labels;
  locale = answer.locale;
  document.documentElement.lang = locale;
  document.title = t('App_Name');
  for (const element of document.querySelectorAll('[data-label]')) element.textContent = t(element.dataset.label);
}

/** The label, with {0}, {1}... replaced by the arguments (as text: the caller puts the result in textContent). */
export function t(name, ...args) {
  const text = labels[name] ?? name;
  return text.replace(/\{(\d+)\}/g, (_, index) => String(args[Number(index)] ?? ''));
}

/** The browser's language when the page has words for it, for the screen before sign-in. */
export function browserLocale() {
  return (navigator.language || 'en').toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** A short time in the viewer's time zone: "14:05" today, "12 Mar 2026, 14:05" on another day. */
export function shortTime(iso) {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  const options = today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** The full moment with the viewer's time zone named, for a tooltip. */
export function fullTime(iso) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' }).format(new Date(iso));
}

export function providerName(provider) {
  if (provider === 'google-hangout') return t('Provider_GoogleHangout');
  if (provider === 'uberconference') return t('Provider_UberConference');
  return provider;
}
