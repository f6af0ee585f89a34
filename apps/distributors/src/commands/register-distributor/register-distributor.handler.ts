import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { Distributor, DistributorView } from '../../domain/distributor.aggregate';
import { RegistrationClaims } from '../../infrastructure/registration-claims';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { RegisterDistributorDto } from '@ocop/contracts';

/**
 * Registers a distributor: decide, claim its registration number (unique across distributors),
 * then append. A claim whose append failed is given back, so nothing is left half-done.
 */
@Injectable()
export class RegisterDistributorHandler {
  constructor(
    private readonly repositories: DistributorRepositories,
    private readonly claims: RegistrationClaims,
  ) {}

  async execute(dto: RegisterDistributorDto, meta: CommandMetadata): Promise<DistributorView> {
    const distributorId = newAggregateId(meta, 'Distributor');
    const registered = await this.repositories.distributors.afterCommand(distributorId, meta);
    if (registered) return registered.view()!;
    const distributor = new Distributor(distributorId);
    distributor.register(dto);
    const registrationNumber = distributor.registrationNumber!;
    await this.claims.claim(registrationNumber, distributor.id, (id) => this.isRegistered(id));
    try {
      await this.repositories.distributors.save(distributor, meta);
    } catch (error) {
      // The append may have reached the store before the error: then the claim is rightly held.
      if (!(await this.isRegistered(distributor.id).catch(() => false))) {
        await this.claims.release(registrationNumber, distributor.id).catch(() => undefined);
      }
      throw error;
    }
    return distributor.view()!;
  }

  private async isRegistered(distributorId: string): Promise<boolean> {
    return (await this.repositories.distributors.load(distributorId)).isRegistered;
  }
}
