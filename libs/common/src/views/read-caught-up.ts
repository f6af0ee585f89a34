/**
 * How long a command waits for a local view of another service's events to catch up before it
 * answers from what the view holds. The relay and consumer usually bring an event within a second;
 * a command right after the fact it depends on (an order a moment after the MOU was signed) should
 * not fail for that lag, while a command that is simply wrong should not wait long.
 */
export const VIEW_CATCH_UP_MS = 3_000;

/**
 * Reads `read` until `catchingUp` says the answer could no longer change by waiting (or `waitMs`
 * passed) and returns the last answer. The view is updated only from Kafka, so re-reading it is
 * how a command sees an event arrive; nothing calls the other service.
 */
export async function readCaughtUp<T>(
  read: () => Promise<T>,
  catchingUp: (value: T) => boolean,
  { waitMs = VIEW_CATCH_UP_MS, intervalMs = 100 }: { waitMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + waitMs;
  let value = await read();
  while (catchingUp(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
}
