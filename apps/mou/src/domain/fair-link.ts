import { MouPartyType } from '@ocop/events';

/** A party's standing at a fair, from trade-fairs' events. */
export interface FairParticipant {
  partyType: MouPartyType;
  partyId: string;
}

/**
 * An MOU names a fair (so the fair's board counts it) only where its parties met: its distributor
 * registered to attend (FairAttendeeRegistered) or one of its producers holds a booth booking there
 * (BoothBooked, not since rejected or cancelled). `participants` are the fair's participants among
 * the MOU's parties; the answer is why the link is refused, or undefined when it stands.
 */
export function refusalOfFairLink(
  fairId: string,
  mou: { distributorId: string; producerIds: readonly string[] },
  participants: readonly FairParticipant[],
): string | undefined {
  const met = participants.some((p) =>
    p.partyType === 'distributor'
      ? p.partyId === mou.distributorId
      : mou.producerIds.includes(p.partyId),
  );
  if (met) return undefined;
  return (
    `MOU names fair ${fairId}, but its distributor ${mou.distributorId} is not registered to attend it ` +
    `and none of its producers holds a booth booking there: an MOU names only a fair where its ` +
    `parties took part (if one registered or booked a moment ago, retry shortly)`
  );
}
