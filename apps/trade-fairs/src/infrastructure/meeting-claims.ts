import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@ocop/common';
import { Collection, Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { SlotTakenError } from '../domain/fair.errors';

interface MeetingClaim {
  /** `<meetingId>-<attempt>-<holder>`: unique per accept attempt, so a release deletes only its own. */
  _id: string;
  meetingId: string;
  attempt: string;
  fairId: string;
  slot: number;
  /** `producer:<id>`, `distributor:<id>` or `table:<n>`; unique per (fair, slot) by index. */
  holder: string;
  kind: 'party' | 'table';
  claimedAt: Date;
  confirmed: boolean;
}

export interface SlotClaim {
  table: number;
  attempt: string;
}

const STALE_AFTER_MS = 60_000;

/**
 * Who is busy in which meeting slot, enforced by a unique index on (fair, slot, holder): a
 * producer, a distributor and a table each hold at most one meeting per slot. Accepting a meeting
 * claims the producer, the distributor and the first free table of the slot before MeetingScheduled
 * is stored, and gives back whatever it claimed if any step fails; cancelling a scheduled meeting
 * gives its claims back (inline, and again when MeetingCancelled comes back from Kafka).
 */
@Injectable()
export class MeetingClaims implements OnModuleInit {
  private readonly claims: Collection<MeetingClaim>;

  constructor(@InjectConnection() connection: Connection) {
    this.claims = connection.collection<MeetingClaim>('meeting_claims');
  }

  async onModuleInit(): Promise<void> {
    await this.claims.createIndex({ fairId: 1, slot: 1, holder: 1 }, { unique: true });
    await this.claims.createIndex({ meetingId: 1 });
  }

  /**
   * Claims `slot` for both parties and a table, or throws SlotTakenError naming what is taken.
   * `holdsSlot` tells whether a meeting is stored as scheduled in a slot (for stale claims).
   */
  async claim(
    meeting: { meetingId: string; fairId: string; producerId: string; distributorId: string },
    slot: number,
    tables: number,
    holdsSlot: (meetingId: string, slot: number) => Promise<boolean>,
  ): Promise<SlotClaim> {
    const attempt = randomUUID();
    const inserted: string[] = [];
    const take = async (holder: string): Promise<string | undefined> => {
      const claim: MeetingClaim = {
        _id: `${meeting.meetingId}-${attempt}-${holder}`,
        meetingId: meeting.meetingId,
        attempt,
        fairId: meeting.fairId,
        slot,
        holder,
        kind: holder.startsWith('table:') ? 'table' : 'party',
        claimedAt: new Date(),
        confirmed: false,
      };
      for (let tries = 0; tries < 2; tries++) {
        try {
          await this.claims.insertOne(claim);
          inserted.push(claim._id);
          return undefined;
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
        }
        const current = await this.claims.findOne({ fairId: meeting.fairId, slot, holder });
        if (!current) continue; // given back meanwhile: try once more
        if (
          current.confirmed ||
          current.claimedAt.getTime() > Date.now() - STALE_AFTER_MS ||
          (await holdsSlot(current.meetingId, slot))
        ) {
          return current.meetingId;
        }
        // Left behind by an accept that never stored MeetingScheduled: take it back.
        await this.claims.deleteOne({ _id: current._id, confirmed: false });
      }
      return 'another meeting';
    };
    try {
      for (const [party, id] of [
        ['producer', meeting.producerId],
        ['distributor', meeting.distributorId],
      ] as const) {
        const busyWith = await take(`${party}:${id}`);
        if (busyWith) {
          throw new SlotTakenError(
            `the ${party} ${id} already has a meeting in slot ${slot} (${busyWith === meeting.meetingId ? 'this meeting, being accepted at the same time' : `meeting ${busyWith}`})`,
          );
        }
      }
      for (let table = 1; table <= tables; table++) {
        if (!(await take(`table:${table}`))) return { table, attempt };
      }
      throw new SlotTakenError(`all ${tables} tables are taken in slot ${slot}`);
    } catch (error) {
      await this.releaseAttempt(inserted);
      throw error;
    }
  }

  /** MeetingScheduled is stored: the attempt's claims are the meeting's. */
  async confirm(meetingId: string, attempt: string): Promise<void> {
    await this.claims.updateMany({ meetingId, attempt }, { $set: { confirmed: true } });
  }

  private async releaseAttempt(claimIds: readonly string[]): Promise<void> {
    if (claimIds.length > 0) await this.claims.deleteMany({ _id: { $in: [...claimIds] } });
  }

  /** Gives back one accept attempt's claims (its append failed). */
  async releaseAttemptOf(meetingId: string, attempt: string): Promise<void> {
    await this.claims.deleteMany({ meetingId, attempt });
  }

  /** Gives back every claim of a meeting (it was cancelled); safe to repeat. */
  async release(meetingId: string): Promise<void> {
    await this.claims.deleteMany({ meetingId });
  }

  /** How many tables are taken in each slot of the fair. */
  async tablesTaken(fairId: string): Promise<Map<number, number>> {
    const rows = await this.claims
      .aggregate<{ _id: number; taken: number }>([
        { $match: { fairId, kind: 'table' } },
        { $group: { _id: '$slot', taken: { $sum: 1 } } },
      ])
      .toArray();
    return new Map(rows.map((row) => [row._id, row.taken]));
  }
}
