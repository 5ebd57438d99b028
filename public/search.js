// Starts Pagefind's UI on /search/ and runs the query given as ?q= (from the search forms on every page).
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    pageSize: 10,
    // An article is far longer than an entity page; without this it sinks below every entity that
    // repeats a name once, though the paragraph that names it is what a reader came for.
    ranking: { pageLength: 0.1 },
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});
