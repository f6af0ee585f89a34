import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { DuplicateError, isDuplicateKeyError } from '@ocop/common';
import { Collection, Connection } from 'mongoose';

interface Claim {
  _id: string;
  producerId: string;
}

/**
 * Business registration numbers are unique across producers. An event stream cannot see the others,
 * so a registration first claims its number under a unique key; the loser of a race gets 409.
 */
@Injectable()
export class RegistrationClaims implements OnModuleInit {
  private readonly claims: Collection<Claim>;

  constructor(@InjectConnection() connection: Connection) {
    this.claims = connection.collection<Claim>('registration_claims');
  }

  async onModuleInit(): Promise<void> {
    await this.claims.createIndex({ producerId: 1 });
  }

  async claim(registrationNumber: string, producerId: string): Promise<void> {
    try {
      await this.claims.insertOne({ _id: registrationNumber, producerId });
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        // Its own claim: a retry of the same keyed registration (its id is derived from the key).
        const holder = await this.claims.findOne({ _id: registrationNumber });
        if (holder?.producerId === producerId) return;
        throw new DuplicateError(`registration number ${registrationNumber} is already registered`);
      }
      throw error;
    }
  }

  async release(registrationNumber: string, producerId: string): Promise<void> {
    await this.claims.deleteOne({ _id: registrationNumber, producerId });
  }
}
