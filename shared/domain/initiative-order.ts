// The order initiatives are listed and printed in, apart from document.ts and its schemas so that
// the PDF worker can use it without loading zod.

/** Document order: 重点取組事項 first, then 取組事項, each by No. */
export function compareInitiatives(a: { priority: boolean; no: number }, b: { priority: boolean; no: number }): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  return a.no - b.no;
}
