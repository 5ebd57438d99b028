// Applies the reader's remembered colour theme before the page paints (no flash of the other theme).
try {
  const theme = localStorage.getItem('glossa-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be unavailable (privacy settings); the system preference then applies.
}
