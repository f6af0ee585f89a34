import { Projection } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';
import { makeGaugeProvider } from '@willsoto/nestjs-prometheus';

export const PROJECTION_LAG_METRIC = 'ocop_projection_lag_seconds';

/**
 * The time of the last event each projection applied, seen as the runner hands events to it: a
 * projection's lag is now minus that. A projection that applied nothing since start-up has none.
 */
export class ProjectionLag {
  private readonly lastEventAt = new Map<string, number>();

  /** The projection, noting each event's time as it is projected. */
  track(projection: Projection): Projection {
    const project = (event: EventEnvelope) => {
      const at = Date.parse(event.occurredAt);
      if (!Number.isNaN(at) && at > (this.lastEventAt.get(projection.name) ?? 0)) {
        this.lastEventAt.set(projection.name, at);
      }
      return projection.project(event);
    };
    return { ...projection, project };
  }

  /** Seconds between now and the last applied event's occurredAt, per projection. */
  lagSeconds(now = Date.now()): Map<string, number> {
    return new Map(
      [...this.lastEventAt].map(([name, at]) => [name, Math.max(0, (now - at) / 1000)]),
    );
  }
}

/** The /metrics gauge, worked out from the tracker at each scrape. */
export function projectionLagGauge(lag: ProjectionLag) {
  return makeGaugeProvider({
    name: PROJECTION_LAG_METRIC,
    help: 'Seconds between now and the occurredAt of the last event the projection applied',
    labelNames: ['projection'],
    collect() {
      this.reset();
      for (const [projection, seconds] of lag.lagSeconds()) this.set({ projection }, seconds);
    },
  });
}
