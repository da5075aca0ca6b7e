// A modal question (削除しますか?) as a real <dialog>: focus is trapped, Esc cancels, labelled.
// `useConfirm` gives a view its own; `askConfirm` asks from code outside any view (the keyboard
// shortcuts) through the one <ConfirmHost> the app shell mounts.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

interface Pending { message: ReactNode; ok: string; resolve: (v: boolean) => void }
type Ask = (message: ReactNode, ok?: string) => Promise<boolean>;

export function useConfirm(): [ReactNode, Ask] {
  const ref = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback<Ask>((message, ok = 'はい') => new Promise<boolean>((resolve) => {
    setPending({ message, ok, resolve });
    requestAnimationFrame(() => ref.current?.showModal());
  }), []);
  const close = (v: boolean) => {
    ref.current?.close();
    pending?.resolve(v);
    setPending(null);
  };
  const el = (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="confirm-message" onCancel={(e) => { e.preventDefault(); close(false); }}>
      <div id="confirm-message" className="confirm-message">{pending?.message}</div>
      <div className="buttons">
        <button type="button" className="danger" onClick={() => close(true)}>{pending?.ok ?? 'はい'}</button>
        <button type="button" autoFocus onClick={() => close(false)}>キャンセル</button>
      </div>
    </dialog>
  );
  return [el, ask];
}

let hostAsk: Ask | null = null;

/** The app-wide dialog; mounted once by the shell. */
export function ConfirmHost() {
  const [el, ask] = useConfirm();
  useEffect(() => {
    hostAsk = ask;
    return () => { if (hostAsk === ask) hostAsk = null; };
  }, [ask]);
  return <>{el}</>;
}

/** Asks through the shell's dialog (the browser's own when none is mounted). */
export function askConfirm(message: ReactNode, ok?: string, plain?: string): Promise<boolean> {
  if (hostAsk) return hostAsk(message, ok);
  return Promise.resolve(window.confirm(plain ?? String(message)));
}
