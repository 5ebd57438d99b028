/**
 * Preview cards for entity links and citation links: on hover (after a short pause) and on keyboard
 * focus, a card with the entity's name, type and summary, or the cited report, floats beside the
 * link without moving the text. Escape closes it. The links work the same without this script.
 */
import { underBase, withoutBase } from '../lib/base-path';
import { BASE } from './site-base';
import { MENTION_LINKS, previewsUrl } from '../lib/permalink';

interface EntityPreview {
  name: string;
  type: string;
  kind?: string;
  summary: string;
  url: string;
  reports: Record<string, string | undefined>;
}

/** The preview files fetched so far, by URL; each holds the cards of several entities, by slug. */
const cache = new Map<string, Promise<Record<string, EntityPreview> | undefined>>();
const card = document.createElement('div');
card.id = 'preview-card';
card.className = 'preview-card';
card.hidden = true;
document.body.append(card);

let owner: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
let showTimer: number | undefined;

async function previewOf(link: HTMLAnchorElement): Promise<EntityPreview | undefined> {
  // /<base>entities/<slug>/…: the slug is the segment after entities/.
  const slug = (withoutBase(BASE, new URL(link.href).pathname) ?? '').split('/')[2]!;
  const url = underBase(BASE, previewsUrl(slug));
  if (!cache.has(url)) {
    cache.set(url, fetch(url).then((response) => (response.ok ? response.json() : undefined)).catch(() => undefined));
  }
  return (await cache.get(url))?.[slug];
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const preview = await previewOf(link);
  if (!preview) return;
  const report = link.classList.contains('citation') ? new URL(link.href).hash.slice(1) : undefined;
  card.replaceChildren();
  const label = document.createElement('p');
  label.className = 'preview-type';
  label.textContent = report ? `Cited report · ${preview.name}` : [preview.type, preview.kind].filter(Boolean).join(' · ');
  const name = document.createElement('a');
  name.className = 'preview-name';
  name.href = link.href;
  name.tabIndex = -1; // the link that opened the card already leads there
  name.textContent = report ? `${preview.name}, ${report}` : preview.name;
  const text = document.createElement('p');
  text.textContent = report ? (preview.reports[report] ?? 'No note on this report.') : preview.summary;
  card.append(label, name, text);
  owner?.removeAttribute('aria-describedby');
  owner = link;
  link.setAttribute('aria-describedby', card.id);
  card.hidden = false;
  place(link);
}

function place(link: HTMLAnchorElement): void {
  const box = link.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  card.style.width = `${width}px`;
  card.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
  const below = box.bottom + 8;
  card.style.top = below + card.offsetHeight < window.innerHeight ? `${below}px` : `${Math.max(8, box.top - card.offsetHeight - 8)}px`;
}

function hide(): void {
  window.clearTimeout(showTimer);
  card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

const LINKS = `${MENTION_LINKS}, a.citation`;
document.addEventListener('mouseover', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>(LINKS);
  if (link) {
    window.clearTimeout(hideTimer);
    window.clearTimeout(showTimer);
    showTimer = window.setTimeout(() => void show(link), 300);
  } else if ((event.target as Element).closest('.preview-card')) {
    window.clearTimeout(hideTimer);
  }
});
document.addEventListener('mouseout', (event) => {
  if ((event.target as Element).closest(`${LINKS}, .preview-card`)) {
    window.clearTimeout(showTimer);
    hideTimer = window.setTimeout(hide, 250);
  }
});
document.addEventListener('focusin', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>(LINKS);
  if (link) void show(link);
  else hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !card.hidden) hide();
});
window.addEventListener('scroll', () => owner && place(owner), { passive: true });
