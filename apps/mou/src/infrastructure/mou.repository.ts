import { Injectable } from '@nestjs/common';
import { AggregateRepository, Repositories } from '@ocop/event-sourcing';
import { Mou } from '../domain/mou.aggregate';

/**
 * The MOU event stream. It grows with every delivered order counted, so a snapshot is taken every
 * 100 events and loading replays only what came after it.
 */
@Injectable()
export class MouRepository {
  readonly mous: AggregateRepository<Mou>;

  constructor(repositories: Repositories) {
    this.mous = repositories.for((id) => new Mou(id), { snapshotEvery: 100 });
  }
}
