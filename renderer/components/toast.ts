// Short status messages (保存しました, 元に戻しました, errors) in one polite live region on the page,
// usable from any view without a provider.
let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function ensureRegion(): HTMLElement {
  if (region && document.body.contains(region)) return region;
  region = document.createElement('div');
  region.className = 'toast';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.appendChild(region);
  return region;
}

export function showToast(message: string, kind: 'ok' | 'error' = 'ok'): void {
  const el = ensureRegion();
  el.textContent = message;
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => { el.hidden = true; }, kind === 'error' ? 10_000 : 4_000);
}
