import { Injectable } from '@nestjs/common';
import { AggregateRepository, Repositories } from '@ocop/event-sourcing';
import { Producer } from './domain/producer.aggregate';

/** Producers' streams, with a snapshot every 50 events (reservations make long streams). */
@Injectable()
export class ProducerRepository {
  readonly repository: AggregateRepository<Producer>;

  constructor(repositories: Repositories) {
    this.repository = repositories.for((id) => new Producer(id), { snapshotEvery: 50 });
  }
}
