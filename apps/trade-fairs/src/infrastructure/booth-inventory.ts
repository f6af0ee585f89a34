import { ConflictException, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@ocop/common';
import { Collection, Connection } from 'mongoose';
import { BoothType } from '../domain/fair.aggregate';
import { SoldOutError } from '../domain/fair.errors';

interface BoothClaim {
  /** The booking's id: a booking holds at most one booth, and giving it back deletes only its own claim. */
  _id: string;
  fairId: string;
  boothType: string;
  /** 1 to the type's count; unique per (fair, type) by index. */
  boothNumber: number;
  claimedAt: Date;
  /** Set once BoothBooked is stored; an unconfirmed claim is a booking still being stored (or lost). */
  confirmed: boolean;
}

/** An unconfirmed claim this old whose booking never reached the event store is taken back. */
const STALE_AFTER_MS = 60_000;

/**
 * Booth inventory that can never go below zero, however many producers book at once.
 *
 * Design: a fair's booth type with `count` booths is the numbered booths 1..count, and a booking
 * holds one by inserting a claim document whose (fairId, boothType, boothNumber) is unique by
 * index. The unique index is the only arbiter: at most `count` claims can exist, so at most `count`
 * bookings hold a booth, and no booth is held twice. A booking claims before BoothBooked is
 * appended (to a booking aggregate of its own, so bookings never contend on one stream) and gives
 * the claim back if the append fails; rejection and cancellation give it back by deleting the
 * claim keyed by the booking id (idempotent: a second delete finds nothing), inline and again when
 * the service's own BoothBookingRejected / BoothBookingCancelled comes back from Kafka, so a crash
 * between the event and the delete loses no booth. A claimer reads the free numbers and inserts
 * one at random; losing an insert means another booking just took that booth, so every loss is
 * someone else's progress and the loop ends with a booth or with none free: "sold out" (409).
 *
 * Why not one counter document with findOneAndUpdate({available: {$gt: 0}}, {$inc: -1})? On the
 * project's FerretDB v1 (SQLite) an update reads and writes in separate steps: 1,000 concurrent
 * such updates on a counter of 100 all "succeed" and leave it at 84. Unique indexes hold.
 */
@Injectable()
export class BoothInventory implements OnModuleInit {
  private readonly logger = new Logger(BoothInventory.name);
  private readonly claims: Collection<BoothClaim>;

  constructor(@InjectConnection() connection: Connection) {
    this.claims = connection.collection<BoothClaim>('booth_claims');
  }

  async onModuleInit(): Promise<void> {
    await this.claims.createIndex({ fairId: 1, boothType: 1, boothNumber: 1 }, { unique: true });
  }

  /**
   * Claims a free booth of `type` for `bookingId` and returns its number, or throws SoldOutError.
   * `holdsBooth` tells whether a booking is stored and still holds its booth (for stale claims).
   */
  async claim(
    fairId: string,
    type: BoothType,
    bookingId: string,
    holdsBooth: (bookingId: string) => Promise<boolean>,
  ): Promise<number> {
    // Each lost insert is another booking's win, so this bound is never reached in practice.
    for (let round = 0; round < type.count * 2 + 100; round++) {
      const taken = await this.claims
        .find({ fairId, boothType: type.code })
        .project<Pick<BoothClaim, '_id' | 'boothNumber' | 'confirmed' | 'claimedAt'>>({
          boothNumber: 1,
          confirmed: 1,
          claimedAt: 1,
        })
        .toArray();
      const held = new Set(taken.map((claim) => claim.boothNumber));
      const free: number[] = [];
      for (let number = 1; number <= type.count; number++) if (!held.has(number)) free.push(number);
      if (free.length === 0) {
        if (await this.takeBackStale(taken, holdsBooth)) continue;
        throw new SoldOutError(
          `sold out: all ${type.count} ${type.code} booths of fair ${fairId} are booked`,
        );
      }
      const boothNumber = free[Math.floor(Math.random() * free.length)];
      try {
        await this.claims.insertOne({
          _id: bookingId,
          fairId,
          boothType: type.code,
          boothNumber,
          claimedAt: new Date(),
          confirmed: false,
        });
        return boothNumber;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    throw new ConflictException(
      `too many bookings for ${type.code} booths of fair ${fairId} at once; try again`,
    );
  }

  /** BoothBooked is stored: the claim is the booking's for good (until released). */
  async confirm(bookingId: string): Promise<void> {
    await this.claims.updateOne({ _id: bookingId }, { $set: { confirmed: true } });
  }

  /** Gives the booking's booth back; safe to call any number of times. */
  async release(bookingId: string): Promise<boolean> {
    return (await this.claims.deleteOne({ _id: bookingId })).deletedCount === 1;
  }

  /** How many booths of each type of the fair are held. */
  async heldByType(fairId: string): Promise<Map<string, number>> {
    const rows = await this.claims
      .aggregate<{ _id: string; held: number }>([
        { $match: { fairId } },
        { $group: { _id: '$boothType', held: { $sum: 1 } } },
      ])
      .toArray();
    return new Map(rows.map((row) => [row._id, row.held]));
  }

  private async takeBackStale(
    claims: ReadonlyArray<Pick<BoothClaim, '_id' | 'confirmed' | 'claimedAt'>>,
    holdsBooth: (bookingId: string) => Promise<boolean>,
  ): Promise<boolean> {
    let freed = false;
    const staleBefore = Date.now() - STALE_AFTER_MS;
    for (const claim of claims) {
      if (claim.confirmed || claim.claimedAt.getTime() > staleBefore) continue;
      if (await holdsBooth(claim._id)) {
        await this.confirm(claim._id);
        continue;
      }
      const deleted = await this.claims.deleteOne({ _id: claim._id, confirmed: false });
      if (deleted.deletedCount === 1) {
        this.logger.warn(
          { bookingId: claim._id },
          'took back a booth whose booking was never stored',
        );
        freed = true;
      }
    }
    return freed;
  }
}
