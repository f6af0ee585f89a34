/*
 * A fair's meeting slots, computed from the fair's events the way trade-fairs numbers them
 * (apps/trade-fairs/src/domain/fair-schedule.ts): every local day of the fair runs back-to-back
 * slots of `lengthMinutes` from `dailyStart` until `dailyEnd`, numbered 0, 1, 2, ... across the
 * days. Only the arithmetic is repeated here: services share events, not code.
 */
export interface SlotLayout {
  lengthMinutes: number;
  tables: number;
  dailyStart: string;
  dailyEnd: string;
  utcOffset: string;
}

const minutesOfDay = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

function offsetMinutes(offset: string): number {
  return (offset.startsWith('-') ? -1 : 1) * minutesOfDay(offset.slice(1));
}

function localDate(instant: string, utcOffset: string): string {
  return new Date(Date.parse(instant) + offsetMinutes(utcOffset) * 60_000)
    .toISOString()
    .slice(0, 10);
}

/** Each slot's number and start, in order. */
export function slotStarts(
  startsAt: string,
  endsAt: string,
  layout: SlotLayout,
): Array<{ slot: number; startsAt: number }> {
  const span = minutesOfDay(layout.dailyEnd) - minutesOfDay(layout.dailyStart);
  const perDay = span > 0 ? Math.floor(span / layout.lengthMinutes) : 0;
  const first = localDate(startsAt, layout.utcOffset);
  const last = localDate(endsAt, layout.utcOffset);
  const slots: Array<{ slot: number; startsAt: number }> = [];
  for (let day = Date.parse(`${first}T00:00:00Z`); ; day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    const dayStart = Date.parse(`${date}T${layout.dailyStart}:00.000${layout.utcOffset}`);
    for (let i = 0; i < perDay; i++) {
      slots.push({ slot: slots.length, startsAt: dayStart + i * layout.lengthMinutes * 60_000 });
    }
    if (date >= last) return slots;
  }
}
