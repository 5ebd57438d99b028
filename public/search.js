// Starts Pagefind's UI on /search/ and runs the query given as ?q= (from the search forms on every page).
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});
