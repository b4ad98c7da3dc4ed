/** Browser side of <CopyLink>: copy the permalink and say so in a live region. */
export function initCopyLinks(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-copy-link]')) {
    const button = box.querySelector('button');
    const status = box.querySelector('.copy-status');
    if (!button || !status) continue;
    box.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset.url ?? location.href;
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied';
      } catch {
        status.textContent = `Copy this link: ${url}`;
      }
      setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}
