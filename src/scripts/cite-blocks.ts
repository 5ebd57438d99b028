/**
 * Cite blocks: puts into each paragraph's block the references the build printed only once, in the
 * article's block (the article's, with the paragraph's address in place of the article's: see
 * CiteBlock.astro), then gives every reference a Copy button.
 */
const articleBlock = document.getElementById('cite-files')?.closest<HTMLElement>('details.cite');
const articleUrl = articleBlock?.dataset.citeUrl;
if (articleBlock && articleUrl) {
  // Every block lists the same styles in the same order (CiteBlock.astro, TEXT_STYLES): an entry's place is its style.
  const articleEntries = [...articleBlock.querySelectorAll('.cite-styles dd')];
  for (const address of document.querySelectorAll<HTMLAnchorElement>('details.cite .cite-address a[href^="#p"]')) {
    const paragraphUrl = address.textContent ?? '';
    address.closest('details')!.querySelectorAll('.cite-styles dd').forEach((entry, index) => {
      if (entry.querySelector('.cite-text')) return;
      const reference = articleEntries[index]?.querySelector('.cite-text')?.textContent;
      if (reference == null) return;
      const text = document.createElement('span');
      text.className = 'cite-text';
      text.textContent = reference.replace(articleUrl, () => paragraphUrl);
      entry.prepend(text);
    });
  }
}

for (const text of document.querySelectorAll<HTMLElement>('details.cite .cite-text')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(text.textContent ?? '');
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  text.parentElement!.append(button);
}
