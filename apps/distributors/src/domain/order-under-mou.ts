import { MouStatus } from '@ocop/events';

/** What distributors knows of an MOU, from the mou service's events. */
export interface KnownMou {
  mouId: string;
  distributorId: string;
  producerIds: string[];
  status: MouStatus;
}

/**
 * An order may name an MOU only while the MOU is active (signed by every party, not yet fulfilled,
 * expired or terminated): only then does mou count a delivery towards it, so an order under a
 * draft or an ended MOU would claim a link that never counts.
 */
export const ORDERABLE_MOU_STATUSES: readonly MouStatus[] = ['active'];

/** Statuses an MOU passes through on the way to active: the view may not have the activation yet. */
export const PRE_ACTIVE_MOU_STATUSES: readonly MouStatus[] = ['drafted', 'proposed'];

/**
 * Why an order naming `mou` is refused, or undefined when it may be placed: it must come from
 * the MOU's distributor, from one of its producers, while the MOU is active. `mou` is undefined
 * when no MouDrafted of that id has reached this service.
 */
export function refusalOfOrderUnderMou(
  mouId: string,
  mou: KnownMou | undefined,
  order: { distributorId: string; producerId: string },
): string | undefined {
  if (!mou) {
    return `MOU ${mouId} is not known here: it does not exist, or was drafted a moment ago and its events have not reached distributors yet (retry shortly)`;
  }
  if (mou.distributorId !== order.distributorId) {
    return `distributor ${order.distributorId} is not the distributor of MOU ${mouId}: only its own distributor orders under it`;
  }
  if (!mou.producerIds.includes(order.producerId)) {
    return `producer ${order.producerId} is not a party to MOU ${mouId}: an order under an MOU goes to one of its producers`;
  }
  if (!ORDERABLE_MOU_STATUSES.includes(mou.status)) {
    const hint = PRE_ACTIVE_MOU_STATUSES.includes(mou.status)
      ? ' (if every party signed a moment ago, retry shortly)'
      : '';
    return `MOU ${mouId} is ${mou.status}, not active: orders count under an MOU only while it is active${hint}`;
  }
  return undefined;
}

/**
 * Whether a refusal now could be only the view trailing the mou service: the MOU is unknown, or it
 * names these parties and is not active yet (its activation may be on its way). A wrong party is
 * final: an MOU's parties never change after its draft.
 */
export function mayBeCatchingUp(
  mou: KnownMou | undefined,
  order: { distributorId: string; producerId: string },
): boolean {
  if (!mou) return true;
  return (
    mou.distributorId === order.distributorId &&
    mou.producerIds.includes(order.producerId) &&
    PRE_ACTIVE_MOU_STATUSES.includes(mou.status)
  );
}
