// One tooltip for every day cell and description: filled from the cell's title (the no-JS
// fallback) and data-i (incident ids → links from #tip-links). Hover, focus, tap and arrow keys.
const tip = document.getElementById('tip') as HTMLElement;
// Screen readers hear the day chosen with the keyboard (the tooltip itself is not announced).
const say = document.getElementById('tip-say');
const links = JSON.parse(document.getElementById('tip-links')?.textContent || '{}') as Record<
  string,
  [string, string]
>;
const cells = '.bar i, .grid i, .info';
let active: HTMLElement | undefined;
let hideTimer = 0;

function facts(el: HTMLElement): string[] {
  if (el.title) {
    el.dataset['t'] = el.title;
    el.removeAttribute('title');
  }
  return (el.dataset['t'] ?? '').split('\n');
}

function show(el: HTMLElement, announce = false): void {
  clearTimeout(hideTimer);
  active?.classList.remove('on');
  active = el;
  const [head = '', ...lines] = facts(el);
  tip.replaceChildren();
  const add = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    text: string,
    parent: HTMLElement = tip,
  ) => parent.appendChild(Object.assign(document.createElement(tag), { textContent: text }));
  if (el.matches('.info')) add('p', head);
  else {
    el.classList.add('on');
    add('b', head);
    for (const line of lines) if (!line.startsWith('• ')) add('p', line);
    const ids = el.dataset['i']?.split(' ') ?? [];
    if (ids.length > 0) {
      const list = add('ul', '');
      for (const id of ids) {
        const [title, href] = links[id] ?? [id, '#'];
        Object.assign(add('a', title, add('li', '', list)), { href });
      }
    }
  }
  tip.hidden = false;
  place(el.getBoundingClientRect());
  if (announce && say) say.textContent = [head, ...lines].join(' ').replaceAll('• ', '');
}

// Keep the tooltip inside the viewport: centred under the cell, above it when there is no room.
function place(rect: DOMRect): void {
  const { offsetWidth: width, offsetHeight: height } = tip;
  const left = Math.min(
    Math.max(8, rect.left + rect.width / 2 - width / 2),
    innerWidth - width - 8,
  );
  let top = rect.bottom + 8;
  if (top + height > innerHeight - 8) top = Math.max(8, rect.top - height - 8);
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${top}px`;
}

function hide(delay = 150): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    tip.hidden = true;
    active?.classList.remove('on');
    active = undefined;
  }, delay);
}

const visibleDays = (bar: Element) =>
  [...bar.children].filter((cell): cell is HTMLElement => (cell as HTMLElement).offsetWidth > 0);

document.addEventListener('pointerover', (event) => {
  const target = event.target as Element;
  const cell = target.closest<HTMLElement>(cells);
  if (cell) show(cell);
  else if (tip.contains(target)) clearTimeout(hideTimer);
  else if (active && document.activeElement !== active.parentElement) hide();
});
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const cell = target.closest<HTMLElement>(cells);
  if (cell) show(cell);
  else if (!tip.contains(target)) hide(0);
});
document.addEventListener('focusin', (event) => {
  const target = event.target as HTMLElement;
  if (target.matches('.info')) show(target);
  else if (target.matches('.bar, .grid')) {
    const days = visibleDays(target);
    const day = days.includes(active as HTMLElement) ? active : days.at(-1);
    if (day) show(day, true);
  }
});
document.addEventListener('focusout', (event) => {
  if (!tip.contains(event.relatedTarget as Node | null)) hide();
});
document.addEventListener('keydown', (event) => {
  const bar = (event.target as Element).closest('.bar, .grid');
  if (event.key === 'Escape') return hide(0);
  if (!bar || !active) return;
  const days = visibleDays(bar);
  const index = days.indexOf(active);
  const moves: Record<string, number> = {
    ArrowLeft: index - 1,
    ArrowRight: index + 1,
    Home: 0,
    End: days.length - 1,
  };
  const next = days[moves[event.key] ?? -1];
  if (next) {
    event.preventDefault();
    show(next, true);
  }
});
