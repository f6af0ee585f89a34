import { FairKind, FairStatus, MouStatus, ProducerKind, ProductGroup } from '@ocop/events';

/** The query service's read-model collections (its own database) and their documents. */
export const COLLECTIONS = {
  producers: 'rm_producers',
  products: 'rm_products',
  distributors: 'rm_distributors',
  sourcingRequests: 'rm_sourcing_requests',
  sourcingMatches: 'rm_sourcing_matches',
  orders: 'rm_orders',
  mous: 'rm_mous',
  fairs: 'rm_fairs',
  boothBookings: 'rm_booth_bookings',
  fairMeetings: 'rm_fair_meetings',
} as const;

/** The version of the last event of the document's aggregate applied to it (see writes.ts). */
interface Versioned {
  appliedVersion: number;
}

export interface ProducerDoc extends Versioned {
  _id: string;
  kind: ProducerKind;
  legalName: string;
  /** Absent on documents projected before the registry list (a rebuild fills it). */
  registrationNumber?: string;
  contact?: { name: string; phone: string; email?: string };
  province: string;
  district: string;
  commune: string;
  craftVillage: string | null;
  /** foldVietnamese of the field of that name, what the registry's search and filters match. */
  legalNameFolded?: string;
  districtFolded?: string;
  communeFolded?: string;
  craftVillageFolded?: string | null;
  active: boolean;
  registeredAt: string;
  updatedAt: string;
}

export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export interface CertificateDoc {
  decisionNumber: string;
  level: string;
  issuedOn: string;
  expiresOn: string;
  status: CertificateStatus;
}

export interface ProductDoc extends Versioned {
  _id: string;
  producerId: string;
  name: string;
  /** foldVietnamese(name), what search matches. */
  nameFolded: string;
  group: ProductGroup;
  subgroup: string;
  unit: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
  qrCode: string;
  /** The photos given at registration (older documents may lack them). */
  photoUrls?: string[];
  stars: 3 | 4 | 5 | null;
  certificate: CertificateDoc | null;
  registeredAt: string;
  updatedAt: string;
}

export interface DistributorDoc extends Versioned {
  _id: string;
  kind: string;
  name: string;
  /** foldVietnamese(name); absent on documents projected before the list (read as folded name). */
  nameFolded?: string;
  registrationNumber?: string;
  channels: string[];
  provincesServed: string[];
  registeredAt: string;
}

export interface SourcingRequestDoc extends Versioned {
  _id: string;
  distributorId: string;
  group: ProductGroup;
  subgroup: string | null;
  keywords: string[];
  minStars: number;
  quantity: number;
  unit: string;
  targetPriceVnd: number | null;
  deliveryProvince: string;
  deadline: string;
  status: 'open' | 'closed';
  closedReason: string | null;
  publishedAt: string;
  updatedAt: string;
}

export interface ProposedMatchDoc {
  productId: string;
  producerId: string;
  productName: string;
  score: number;
  factors: Record<string, number>;
}

/**
 * The latest proposal for a request. Its matches are one JSON text (`matchesJson`), since they are
 * only ever read whole: FerretDB converts a nested document field by field on every write, and a
 * proposal of 20 matches came to 16 KB. Documents written before hold the `matches` array.
 */
export interface SourcingMatchesDoc extends Versioned {
  _id: string;
  distributorId: string;
  /** The producers of the proposal's matches, so a producer's requests are found by index. */
  producerIds?: string[];
  matchesJson?: string;
  matches?: ProposedMatchDoc[];
  /** productId → why it was withdrawn after the latest proposal. */
  withdrawn: Record<string, { reason: string; at: string }>;
  proposedAt: string;
}

export interface OrderLineDoc {
  productId: string;
  quantity: number;
  unitPriceVnd: number;
  lineTotalVnd: number;
}

export interface OrderDoc extends Versioned {
  _id: string;
  distributorId: string;
  producerId: string;
  mouId: string | null;
  status: 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';
  totalVnd: number;
  lines: OrderLineDoc[];
  placedAt: string;
  updatedAt: string;
}

export interface TargetDoc {
  productId: string;
  quantity: number;
  unit: string;
}

export interface ObligationDoc {
  obligationId: string;
  kind: 'delivery' | 'action';
  description: string;
  dueDate: string;
  productId?: string;
  quantity?: number;
}

export interface MouVersionDoc {
  targets: TargetDoc[];
  obligations: ObligationDoc[];
  startDate: string;
  endDate: string;
}

export interface ObligationStateDoc {
  overdue?: boolean;
  met?: { at: string; by: string; late: boolean };
}

export interface MouDoc extends Versioned {
  _id: string;
  title: string | null;
  distributorId: string;
  producerIds: string[];
  fairId: string | null;
  status: MouStatus;
  /** When every party had signed (the first activation). */
  signedAt: string | null;
  draftedAt: string;
  updatedAt: string;
  latestVersion: number;
  inForce: number | null;
  /** `v<n>` → that version's targets and obligations. */
  versions: Record<string, MouVersionDoc>;
  /** `v<n>` → the version it replaced and the obligations it carried over from it. */
  carried: Record<string, { previousVersion: number | null; obligations: CarriedDoc[] }>;
  /** orderId → the lines counted from that delivered order. */
  deliveries: Record<string, { producerId: string; deliveredAt: string; lines: VolumeDoc[] }>;
  /** `v<n>-<obligationId>` → overdue / met. */
  obligationState: Record<string, ObligationStateDoc>;
}

export interface CarriedDoc {
  obligationId: string;
  previousObligationId: string;
}

export interface VolumeDoc {
  productId: string;
  quantity: number;
}

export interface FairDoc extends Versioned {
  _id: string;
  kind: FairKind;
  name: string;
  organizerId: string;
  venue: string;
  province: string;
  status: FairStatus;
  bookingOpensAt: string;
  bookingClosesAt: string;
  startsAt: string;
  endsAt: string;
  boothTypes: { code: string; name: string; count: number; priceVnd: number }[];
  scheduledAt: string;
  updatedAt: string;
}

export type BookingStatus = 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';

export interface BoothBookingDoc extends Versioned {
  _id: string;
  fairId: string;
  producerId: string;
  boothType: string;
  boothNumber: number;
  productIds: string[];
  priceVnd: number;
  status: BookingStatus;
  checkedInAt: string | null;
  bookedAt: string;
  updatedAt: string;
}

export type MeetingStatus =
  'requested' | 'scheduled' | 'declined' | 'cancelled' | 'held' | 'missed';

export interface FairMeetingDoc extends Versioned {
  _id: string;
  fairId: string;
  producerId: string;
  distributorId: string;
  requestedBy: string;
  status: MeetingStatus;
  /** Accepted at some point (scheduled), whatever happened after. */
  accepted: boolean;
  requestedAt: string;
  updatedAt: string;
}

/** The matches of a proposal, whichever way they were stored. */
export function proposedMatches(doc: SourcingMatchesDoc): ProposedMatchDoc[] {
  return doc.matchesJson === undefined
    ? (doc.matches ?? [])
    : (JSON.parse(doc.matchesJson) as ProposedMatchDoc[]);
}
