/*
 * The shapes of the read models the console shows, as the query and command services answer
 * them. The generated client types every path and body; these name the answers' fields until the
 * OpenAPI document describes every response.
 */

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  page?: number;
}

export interface ProgrammeFigures {
  asOf: string;
  certifiedProducts: {
    total: number;
    byStars: Record<string, number>;
    byGroup: Record<string, number>;
    byDistrict: Record<string, number>;
    byProducerKind: Record<string, number>;
  };
  expiringWithin90Days: number;
  mousSigned: { total: number; byMonth: Record<string, number>; byFair: Record<string, number> };
  modernChannel: {
    producers: number;
    withModernChannelMouOrOrder: number;
    share: number;
    target: number;
  };
}

export interface ExpiringCertificate {
  productId: string;
  producerId: string;
  name: string;
  producerName?: string;
  group?: string;
  stars?: number;
  decisionNumber?: string;
  level?: string;
  expiresOn: string;
  daysToExpiry: number;
}

export interface Certificate {
  decisionNumber?: string;
  stars?: number;
  level?: string;
  issuedOn?: string;
  expiresOn?: string;
  status?: string;
  revokedReason?: string;
}

export interface BoothType {
  code: string;
  name: string;
  count: number;
  priceVnd: number;
}

export interface Fair {
  fairId: string;
  name: string;
  kind: string;
  status: string;
  venue: string;
  province: string;
  organiserId?: string;
  organizerId?: string;
  bookingOpensAt: string;
  bookingClosesAt: string;
  startsAt: string;
  endsAt: string;
  boothTypes?: BoothType[];
  meetingSlots?: { lengthMinutes: number; tables: number; dailyStart: string; dailyEnd: string };
}

export interface FairBoard extends Fair {
  booths: { boothType: string; name: string; total: number; booked: number; free: number }[];
  bookings: Record<string, number>;
  checkIns: number;
  meetings: {
    requested: number;
    accepted: number;
    held: number;
    noShow: number;
    declined: number;
    cancelled: number;
  };
  mous: {
    signed: number;
    items: {
      mouId: string;
      producerIds: string[];
      distributorId: string;
      status: string;
      signedAt?: string;
      overallPercent?: number;
    }[];
  };
  orders: { count: number; delivered: number; totalVnd: number };
}
