// ↑ ↓ ✕ buttons for one row of an ordered list (実施課, 関連計画, 計画バー), each with a spoken label.
export function moveItem<T>(list: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export function ListControls({ index, count, what, onMove, onRemove }: {
  index: number; count: number; what: string; onMove: (delta: -1 | 1) => void; onRemove: () => void;
}) {
  return (
    <span className="row-controls">
      <button type="button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`${what}を上へ`}>↑</button>
      <button type="button" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`${what}を下へ`}>↓</button>
      <button type="button" onClick={onRemove} aria-label={`${what}を削除`}>✕</button>
    </span>
  );
}
