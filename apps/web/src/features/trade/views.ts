/* The answers the distributor's and the producer's pages read (the OpenAPI document types bodies, not answers). */
import type { Certificate } from '../shared/views';
export type { Slot } from '../fairs/meeting-grid';

export const GROUPS = [
  'food',
  'beverage',
  'herbal',
  'handicraft',
  'ornamental',
  'tourism',
] as const;
export type Group = (typeof GROUPS)[number];

export interface CatalogueProduct {
  productId: string;
  producerId: string;
  name: string;
  group: string;
  subgroup: string;
  unit: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
  qrCode: string;
  stars: number | null;
  certificate: Certificate | null;
  daysToExpiry: number | null;
  producerName?: string | null;
  province?: string | null;
  district?: string | null;
  commune?: string | null;
  craftVillage?: string | null;
}

export interface MatchFactors {
  groupFit: number;
  keywordFit: number;
  stars: number;
  capacity: number;
  price: number;
  distance: number;
  trackRecord: number;
}

export interface Match {
  productId: string;
  producerId: string;
  productName: string;
  score: number;
  factors: MatchFactors;
}

export interface SourcingRequest {
  requestId: string;
  distributorId: string;
  group: string;
  subgroup: string | null;
  keywords: string[];
  minStars: number;
  quantity: number;
  unit: string;
  targetPriceVnd: number | null;
  deliveryProvince: string;
  deadline: string;
  status: string;
  closedReason: string | null;
  publishedAt: string;
  matches: Match[];
}

export interface OrderLine {
  productId: string;
  quantity: number;
  unitPriceVnd: number;
  lineTotalVnd?: number;
}

export interface OrderItem {
  orderId: string;
  distributorId: string;
  producerId: string;
  mouId: string | null;
  status: string;
  totalVnd: number;
  lines: OrderLine[];
  placedAt?: string;
  rejectionReason?: string | null;
  rejectionDetail?: string | null;
  cancellationReason?: string | null;
  trackingNumber?: string | null;
}

export interface Meeting {
  meetingId: string;
  fairId: string;
  producerId: string;
  distributorId: string;
  requestedBy: 'producer' | 'distributor';
  offeredSlots: number[];
  note: string | null;
  status: string;
  slot: number | null;
  table: number | null;
  startsAt: string | null;
  endsAt: string | null;
  declineReason: string | null;
}

export interface MouItem {
  mouId: string;
  title: string | null;
  status: string;
  producerIds: string[];
  distributorId: string;
  counterpartName: string | null;
  signedAt: string | null;
  draftedAt: string;
  version: number;
  products: {
    productId: string;
    unit: string;
    targetQuantity: number;
    deliveredQuantity: number;
    percent: number;
  }[];
  overallPercent: number;
  overdueObligations: number;
}

export interface Booking {
  bookingId: string;
  fairId: string;
  fairName: string | null;
  boothType: string;
  boothNumber: number | null;
  status: string;
  checkedIn: boolean;
  checkedInAt: string | null;
  productIds: string[];
  priceVnd: number;
}

export interface ObligationItem {
  mouId: string;
  counterpartName: string | null;
  obligationId: string;
  kind: string;
  description: string;
  dueDate: string;
  status: string;
}

/** An open sourcing request the producer's certified products match (its home lists them). */
export interface Opportunity {
  requestId: string;
  distributorId: string;
  distributorName: string | null;
  keywords: string[];
  quantity: number;
  unit: string;
  deadline: string;
  publishedAt: string;
  score: number;
  matches: { productId: string; productName: string; score: number }[];
}
