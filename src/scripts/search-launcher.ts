/**
 * On every page: opens the search dialog from the header button, "/" or Ctrl+K (⌘K), mounting the
 * search interface on first use, so no search code loads until search is opened. Also mounts it
 * on /search/, and highlights the searched words on a page reached from a result.
 */
import { BASE } from './site-base';
let dialog: HTMLDialogElement | undefined;
let dialogInput: HTMLInputElement | undefined;

/**
 * The dialog, made when search is first opened: it works only with this script, so the pages do not
 * carry it (its 174 bytes of markup on each of 14,699 pages at 5,000 articles were 2.6 million bytes). Without
 * scripts, the header's link goes to /search/.
 */
function searchDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  const made = document.createElement('dialog');
  made.className = 'search-dialog';
  made.setAttribute('aria-label', 'Search the edition');
  const root = document.createElement('div');
  root.dataset['searchRoot'] = '';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => made.close());
  made.append(root, close);
  made.addEventListener('click', (event) => {
    if (event.target === made) made.close(); // a click on the backdrop
  });
  document.querySelector('main')?.after(made);
  return (dialog = made);
}

async function openSearch(): Promise<void> {
  const opened = searchDialog();
  if (!opened.open) opened.showModal();
  if (!dialogInput) {
    const { mountSearch } = await import('./search-ui');
    dialogInput = mountSearch(opened.querySelector<HTMLElement>('[data-search-root]')!);
  }
  dialogInput.focus();
}

document.querySelectorAll<HTMLElement>('[data-search-open]').forEach((opener) =>
  opener.addEventListener('click', (event) => {
    event.preventDefault();
    void openSearch();
  }),
);

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
  void import('./search-ui').then(({ mountSearch }) => {
    const input = mountSearch(pageRoot, new URLSearchParams(location.search).get('q') ?? '');
    // The page opens ready to type, unless the reader has moved the focus while it loaded (a Tab to
    // the skip link, a click): taking it back would throw a keyboard user off where they are.
    if (document.activeElement === null || document.activeElement === document.body) input.focus();
  });
}

const params = new URLSearchParams(location.search);
if (params.has('highlight')) {
  const highlighter = `${BASE}pagefind/pagefind-highlight.js`;
  void import(/* @vite-ignore */ highlighter).then(() => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: Record<string, unknown>) => unknown };
    new PagefindHighlight({ highlightParam: 'highlight', markContext: 'main' });
  });
}
