// What jsdom lacks and the screens use: <dialog> modality, IntersectionObserver, CSS.escape,
// scrollIntoView. Plain stand-ins, enough for behaviour (no layout in jsdom).
if (typeof window !== 'undefined') {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal: () => void };
  if (!proto.showModal || String(proto.showModal).includes('not implemented')) {
    proto.showModal = function showModal(this: HTMLDialogElement) { this.setAttribute('open', ''); };
    proto.close = function close(this: HTMLDialogElement) { this.removeAttribute('open'); this.dispatchEvent(new Event('close')); };
  }
  if (!('IntersectionObserver' in window)) {
    (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  const css = (window as unknown as { CSS?: { escape?: (s: string) => string } });
  if (!css.CSS) css.CSS = {};
  if (!css.CSS.escape) css.CSS.escape = (s: string) => s.replace(/["\\\]\[]/g, '\\$&');
  (globalThis as unknown as { CSS: unknown }).CSS = css.CSS;
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
}
if (typeof URL !== 'undefined' && !URL.createObjectURL) {
  URL.createObjectURL = () => 'blob:fake';
  URL.revokeObjectURL = () => {};
}
