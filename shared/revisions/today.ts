// Today as YYYY-MM-DD in the machine's local time zone (toISOString would give UTC: wrong before 9:00 JST).
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
