// Refused files are never written to the DB (a refused file changes nothing, not even a log row),
// so the dashboard learns about them from this in-memory log, per DB, for the running session.
export interface Rejection {
  roundId: number | null;
  department: string | null;
  fileName: string;
  at: string;
  reason: string;
}

const MAX_PER_DB = 500;
const logs = new Map<string, Rejection[]>();

export function logRejection(dbPath: string, r: Rejection): void {
  const list = logs.get(dbPath) ?? [];
  list.push(r);
  if (list.length > MAX_PER_DB) list.splice(0, list.length - MAX_PER_DB);
  logs.set(dbPath, list);
}

export function rejectionsOf(dbPath: string): readonly Rejection[] {
  return logs.get(dbPath) ?? [];
}
