/**
 * On every page: opens the search dialog from the header button, "/" or Ctrl+K (⌘K), mounting the
 * search interface on first use, so no search code loads until search is opened. Also mounts it
 * on /search/, and highlights the searched words on a page reached from a result.
 */
import { BASE } from './site-base';
const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
let dialogInput: HTMLInputElement | undefined;

async function openSearch(): Promise<void> {
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  if (!dialogInput) {
    const { mountSearch } = await import('./search-ui');
    dialogInput = mountSearch(dialog.querySelector<HTMLElement>('[data-search-root]')!);
  }
  dialogInput.focus();
}

document.querySelectorAll<HTMLElement>('[data-search-open]').forEach((opener) =>
  opener.addEventListener('click', (event) => {
    event.preventDefault();
    void openSearch();
  }),
);
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close(); // a click on the backdrop
});

document.addEventListener('keydown', (event) => {
  // A field of the closed dialog does not count: right after Escape, focus may not have left it yet.
  const typing =
    event.target instanceof HTMLElement &&
    (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) &&
    !(dialog && !dialog.open && dialog.contains(event.target));
  if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void openSearch();
  } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    void openSearch();
  }
});

const pageRoot = document.querySelector<HTMLElement>('[data-search-page]');
if (pageRoot) {
  void import('./search-ui').then(({ mountSearch }) => mountSearch(pageRoot, new URLSearchParams(location.search).get('q') ?? '').focus());
}

const params = new URLSearchParams(location.search);
if (params.has('highlight')) {
  const highlighter = `${BASE}pagefind/pagefind-highlight.js`;
  void import(/* @vite-ignore */ highlighter).then(() => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: Record<string, unknown>) => unknown };
    new PagefindHighlight({ highlightParam: 'highlight', markContext: 'main' });
  });
}
