/** The dark-mode toggle: switches from whatever theme shows now and remembers the choice. */
const KEY = 'glossa-theme';
const root = document.documentElement;

const current = (): 'light' | 'dark' =>
  (root.dataset['theme'] as 'light' | 'dark' | undefined) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/** The switch, made here in the site header: it works only with this script, so the pages do not carry it (107 bytes each, 1.6 million at 5,000 articles). */
const header = document.querySelector('.site-header');
if (header) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'theme-toggle';
  button.dataset['themeToggle'] = '';
  button.textContent = 'Dark mode';
  const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  show();
  header.append(button);
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
