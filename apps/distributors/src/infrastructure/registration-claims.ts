import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { DuplicateError, isDuplicateKeyError } from '@ocop/common';
import { Collection, Connection } from 'mongoose';

interface RegistrationClaim {
  /** The business registration number: the collection's unique key. */
  _id: string;
  distributorId: string;
  claimedAt: Date;
}

/**
 * Business registration numbers are unique across distributors. The event store cannot enforce
 * that (its only unique key is the stream position), so a registration first claims its number
 * here, in a collection keyed by the number, and only then appends DistributorRegistered.
 */
@Injectable()
export class RegistrationClaims {
  private readonly claims: Collection<RegistrationClaim>;

  constructor(@InjectConnection() connection: Connection) {
    this.claims = connection.collection<RegistrationClaim>('distributor_registration_claims');
  }

  /**
   * Claims `registrationNumber` for `distributorId`, or throws DuplicateError when another
   * distributor holds it. A claim left behind by a registration that never reached the event store
   * (`isRegistered` says no) and is older than `staleAfterMs` is taken over.
   */
  async claim(
    registrationNumber: string,
    distributorId: string,
    isRegistered: (distributorId: string) => Promise<boolean>,
    staleAfterMs = 60_000,
  ): Promise<void> {
    try {
      await this.claims.insertOne({
        _id: registrationNumber,
        distributorId,
        claimedAt: new Date(),
      });
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const holder = await this.claims.findOne({ _id: registrationNumber });
    // Its own claim: a retry of the same keyed registration (its id is derived from the key).
    if (holder?.distributorId === distributorId) return;
    if (
      holder &&
      !(await isRegistered(holder.distributorId)) &&
      Date.now() - holder.claimedAt.getTime() > staleAfterMs
    ) {
      const taken = await this.claims.updateOne(
        { _id: registrationNumber, distributorId: holder.distributorId },
        { $set: { distributorId, claimedAt: new Date() } },
      );
      if (taken.modifiedCount === 1) return;
    }
    throw new DuplicateError(
      `business registration ${registrationNumber} is already registered to another distributor` +
        (holder ? ` (${holder.distributorId})` : ''),
    );
  }

  /** Gives a claim back when its registration could not be stored. */
  async release(registrationNumber: string, distributorId: string): Promise<void> {
    await this.claims.deleteOne({ _id: registrationNumber, distributorId });
  }
}
