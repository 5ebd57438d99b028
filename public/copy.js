// Reveals the "Copy" buttons of citation blocks and copies the citation text next to each.
document.querySelectorAll('button[data-copy]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.parentElement.querySelector('.cite-text').textContent;
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
});
