// Agenda arithmetic for the coordinator: moving items, the time they add up to, and the
// schedule (planned start of each item).

export interface AgendaTimingItem {
  id: string;
  allocatedMinutes: number;
  /** Deferred and not-reached items no longer take time. */
  status: string;
}

/** The item ids with the one at `index` moved by `delta` places (clamped). */
export function moveItem(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as string);
  return next;
}

const counts = (item: AgendaTimingItem) => item.status === 'LISTED' || item.status === 'PRESENTING' || item.status === 'DISCUSSED';

export interface AgendaTiming {
  totalMinutes: number;
  /** Minutes over the meeting's length (0 when it fits). */
  overMinutes: number;
  /** Planned start of each counted item, in minutes from the meeting's start. */
  startsAt: Record<string, number>;
}

export function agendaTiming(items: readonly AgendaTimingItem[], durationMinutes: number): AgendaTiming {
  let clock = 0;
  const startsAt: Record<string, number> = {};
  for (const item of items) {
    if (!counts(item)) continue;
    startsAt[item.id] = clock;
    clock += item.allocatedMinutes;
  }
  return { totalMinutes: clock, overMinutes: Math.max(0, clock - durationMinutes), startsAt };
}

/** "09:00" + 25 minutes → "09:25" (in the user's time zone). */
export function clockTime(startIso: string, offsetMinutes: number): string {
  const date = new Date(Date.parse(startIso) + offsetMinutes * 60_000);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Local date and time inputs → an ISO instant; null when either is missing or not real. */
export function localDateTimeToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const parsed = new Date(`${date}T${time}:00`);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}
