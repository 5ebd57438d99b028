/** The dark-mode toggle: switches from whatever theme shows now and remembers the choice. */
const KEY = 'glossa-theme';
const root = document.documentElement;

const current = (): 'light' | 'dark' =>
  (root.dataset['theme'] as 'light' | 'dark' | undefined) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  show();
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not remembered where storage is unavailable; the switch still applies to this page.
    }
    show();
  });
}
