// Collapsible groups: the server renders the right aria-expanded; this makes the buttons work.
for (const button of document.querySelectorAll<HTMLButtonElement>('button.toggle')) {
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.closest('.group')?.classList.toggle('open', open);
  });
}
