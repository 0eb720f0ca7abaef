/**
 * Keyboard use of a result list: Down from the field enters the list, Up and
 * Down move between result links, Up from the first returns to the field,
 * Enter opens the focused link, Escape clears the search.
 */
export function navigateResultsWithKeys(input: HTMLInputElement, list: HTMLElement, clear: () => void): void {
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      clear();
    }
  });

  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      clear();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = links();
    const next = all.indexOf(document.activeElement as HTMLAnchorElement) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });
}
