// A modal question (削除しますか?) as a real <dialog>: focus is trapped, Esc cancels, labelled.
import { useCallback, useRef, useState, type ReactNode } from 'react';

interface Pending { message: ReactNode; ok: string; resolve: (v: boolean) => void }

export function useConfirm(): [ReactNode, (message: ReactNode, ok?: string) => Promise<boolean>] {
  const ref = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback((message: ReactNode, ok = 'はい') => new Promise<boolean>((resolve) => {
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
