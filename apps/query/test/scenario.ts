import { AGGREGATE_TYPES, FAIR_AGGREGATE_TYPES } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import { EventFeed } from './query-app';

const { producer, distributor, sourcingRequest, purchaseOrder, mou, sourcingMatches } =
  AGGREGATE_TYPES;
const { fair, boothBooking, fairMeeting } = FAIR_AGGREGATE_TYPES;

const factors = {
  groupFit: 1,
  keywordFit: 0.8,
  stars: 0.75,
  capacity: 1,
  price: 0.6,
  distance: 0.9,
  trackRecord: 0.5,
};

/**
 * One programme's worth of facts, published as the write services would: two producers in a
 * district of this run's own (a Bát Tràng ceramics cooperative and a Tân Cương tea household), a
 * retail chain and an OCOP showroom, a fair with bookings and meetings, an MOU signed at the fair
 * and fulfilled in part, orders, a sourcing request with matches. Today is 2026-03-15.
 */
export async function programme(feed: EventFeed, run: string) {
  const ids = {
    coop: randomUUID(),
    household: randomUUID(),
    retail: randomUUID(),
    showroom: randomUUID(),
    vase: randomUUID(),
    bowl: randomUUID(),
    plate: randomUUID(),
    jar: randomUUID(),
    tea: randomUUID(),
    fair: randomUUID(),
    bookingCoop: randomUUID(),
    bookingHousehold: randomUUID(),
    bookingCancelled: randomUUID(),
    meetingHeld: randomUUID(),
    meetingMissed: randomUUID(),
    meetingDeclined: randomUUID(),
    meetingCancelled: randomUUID(),
    meetingPending: randomUUID(),
    mouAtFair: randomUUID(),
    mouDraft: randomUUID(),
    orderDelivered: randomUUID(),
    orderShipped: randomUUID(),
    orderRejected: randomUUID(),
    request: randomUUID(),
    organizer: `officer-${run}`,
    district: `Gia Lâm ${run}`,
    teaDistrict: `Đại Từ ${run}`,
  };

  // Producers and their products.
  await feed.emit(producer, ids.coop, 'ProducerRegistered', {
    kind: 'cooperative',
    legalName: 'HTX Gốm sứ Bát Tràng',
    registrationNumber: `HTX-${run.toUpperCase()}`.slice(0, 20),
    contact: { name: 'Nguyễn Văn An', phone: '0912345678' },
    province: 'Hà Nội',
    district: ids.district,
    commune: 'Bát Tràng',
    craftVillage: 'Bát Tràng',
  });
  const product = (productId: string, name: string, priceMinVnd: number) => ({
    productId,
    name,
    group: 'handicraft',
    subgroup: 'ceramics',
    unit: 'chiếc',
    priceMinVnd,
    priceMaxVnd: priceMinVnd * 2,
    monthlyCapacity: 500,
    photoUrls: [],
    qrCode: `QR-${productId.slice(0, 8)}`,
  });
  await feed.emit(
    producer,
    ids.coop,
    'ProductRegistered',
    product(ids.vase, 'Bình gốm sứ Bát Tràng men lam', 450_000),
  );
  await feed.emit(
    producer,
    ids.coop,
    'ProductRegistered',
    product(ids.bowl, 'Bát gốm men rạn', 120_000),
  );
  await feed.emit(
    producer,
    ids.coop,
    'ProductRegistered',
    product(ids.plate, 'Đĩa sứ vẽ tay', 200_000),
  );
  await feed.emit(
    producer,
    ids.coop,
    'ProductRegistered',
    product(ids.jar, 'Chum gốm Bát Tràng', 900_000),
  );
  const certify = (
    productId: string,
    stars: number,
    expiresOn: string,
    decisionNumber: string,
  ) => ({
    productId,
    stars,
    decisionNumber,
    level: stars === 5 ? 'national' : 'province',
    issuedOn: '2024-01-10',
    expiresOn,
  });
  // Expires in 30 days: in the 90-day window.
  await feed.emit(
    producer,
    ids.coop,
    'ProductCertified',
    certify(ids.vase, 4, '2026-04-14', '101/QĐ-UBND'),
  );
  await feed.emit(
    producer,
    ids.coop,
    'ProductCertified',
    certify(ids.bowl, 3, '2027-01-10', '102/QĐ-UBND'),
  );
  await feed.emit(producer, ids.coop, 'ProductReRated', {
    ...certify(ids.bowl, 5, '2028-06-30', '55/QĐ-BNN'),
    previousStars: 3,
  });
  await feed.emit(
    producer,
    ids.coop,
    'ProductCertified',
    certify(ids.plate, 4, '2027-01-10', '103/QĐ-UBND'),
  );
  await feed.emit(producer, ids.coop, 'CertificationRevoked', {
    productId: ids.plate,
    decisionNumber: '103/QĐ-UBND',
    reason: 'không đạt kiểm tra sau chứng nhận',
  });
  await feed.emit(producer, ids.coop, 'SupplyCapacityChanged', {
    productId: ids.vase,
    monthlyCapacity: 800,
  });

  await feed.emit(producer, ids.household, 'ProducerRegistered', {
    kind: 'household-business',
    legalName: 'Hộ kinh doanh Chè Tân Cương',
    registrationNumber: `HKD-${run.toUpperCase()}`.slice(0, 20),
    contact: { name: 'Trần Thị Bích', phone: '0987654321' },
    province: 'Thái Nguyên',
    district: ids.teaDistrict,
    commune: 'Tân Cương',
  });
  await feed.emit(producer, ids.household, 'ProductRegistered', {
    ...product(ids.tea, 'Chè Tân Cương đặc biệt', 350_000),
    group: 'beverage',
    subgroup: 'tea',
    unit: 'kg',
  });
  await feed.emit(
    producer,
    ids.household,
    'ProductCertified',
    certify(ids.tea, 3, '2026-06-01', '104/QĐ-UBND'),
  );

  // Distributors.
  await feed.emit(distributor, ids.retail, 'DistributorRegistered', {
    kind: 'retail-chain',
    name: 'Central Retail Việt Nam',
    registrationNumber: `CR-${run.toUpperCase()}`.slice(0, 20),
    channels: ['supermarket'],
    provincesServed: ['Hà Nội'],
  });
  await feed.emit(distributor, ids.showroom, 'DistributorRegistered', {
    kind: 'ocop-showroom',
    name: 'Điểm bán OCOP Hà Nội',
    registrationNumber: `SR-${run.toUpperCase()}`.slice(0, 20),
    channels: ['showroom'],
    provincesServed: ['Hà Nội'],
  });

  // A sourcing request with matches, one withdrawn since.
  await feed.emit(sourcingRequest, ids.request, 'SourcingRequestPublished', {
    distributorId: ids.retail,
    group: 'handicraft',
    keywords: ['gốm', 'men lam'],
    minStars: 4,
    quantity: 200,
    unit: 'chiếc',
    deliveryProvince: 'Hà Nội',
    deadline: '2026-05-01T17:00:00.000Z',
  });
  await feed.emit(sourcingMatches, ids.request, 'MatchesProposed', {
    distributorId: ids.retail,
    matches: [
      {
        productId: ids.vase,
        producerId: ids.coop,
        productName: 'Bình gốm sứ Bát Tràng men lam',
        score: 0.91,
        factors,
      },
      {
        productId: ids.plate,
        producerId: ids.coop,
        productName: 'Đĩa sứ vẽ tay',
        score: 0.72,
        factors,
      },
    ],
  });
  await feed.emit(sourcingMatches, ids.request, 'MatchWithdrawn', {
    distributorId: ids.retail,
    productId: ids.plate,
    producerId: ids.coop,
    reason: 'certificate-revoked',
  });

  // The fair: booths, bookings, check-in, meetings.
  await feed.emit(fair, ids.fair, 'FairScheduled', {
    kind: 'ocop-product-week',
    name: `Tuần hàng OCOP Hà Nội ${run}`,
    organiserId: ids.organizer,
    venue: 'Cung Văn hóa Hữu nghị',
    province: 'Hà Nội',
    bookingOpensAt: '2026-02-01T01:00:00.000Z',
    bookingClosesAt: '2026-02-28T10:00:00.000Z',
    startsAt: '2026-03-10T01:00:00.000Z',
    endsAt: '2026-03-13T10:00:00.000Z',
    boothTypes: [
      { code: 'standard-3x3', name: 'Gian tiêu chuẩn', count: 10, priceVnd: 5_000_000 },
      { code: 'corner', name: 'Gian góc', count: 2, priceVnd: 8_000_000 },
    ],
  });
  await feed.emit(fair, ids.fair, 'FairBookingOpened', {
    trigger: 'schedule',
    effectiveAt: '2026-02-01T01:00:00.000Z',
  });
  const booking = (producerId: string, boothType: string, boothNumber: number) => ({
    fairId: ids.fair,
    producerId,
    boothType,
    boothNumber,
  });
  await feed.emit(boothBooking, ids.bookingCoop, 'BoothBooked', {
    ...booking(ids.coop, 'corner', 1),
    productIds: [ids.vase, ids.bowl],
    priceVnd: 8_000_000,
  });
  await feed.emit(
    boothBooking,
    ids.bookingCoop,
    'BoothBookingApproved',
    booking(ids.coop, 'corner', 1),
  );
  await feed.emit(boothBooking, ids.bookingCoop, 'BoothCheckedIn', {
    ...booking(ids.coop, 'corner', 1),
    checkedInAt: '2026-03-10T01:30:00.000Z',
  });
  await feed.emit(boothBooking, ids.bookingHousehold, 'BoothBooked', {
    ...booking(ids.household, 'standard-3x3', 4),
    productIds: [ids.tea],
    priceVnd: 5_000_000,
  });
  await feed.emit(boothBooking, ids.bookingCancelled, 'BoothBooked', {
    ...booking(ids.coop, 'standard-3x3', 5),
    productIds: [ids.jar],
    priceVnd: 5_000_000,
  });
  await feed.emit(boothBooking, ids.bookingCancelled, 'BoothBookingCancelled', {
    ...booking(ids.coop, 'standard-3x3', 5),
    reason: 'đổi sang gian góc',
    wasApproved: false,
  });
  await feed.emit(fair, ids.fair, 'FairBookingClosed', {
    trigger: 'schedule',
    effectiveAt: '2026-02-28T10:00:00.000Z',
  });
  await feed.emit(fair, ids.fair, 'FairOpened', {
    trigger: 'schedule',
    effectiveAt: '2026-03-10T01:00:00.000Z',
  });

  const parties = (producerId: string, distributorId: string) => ({
    fairId: ids.fair,
    producerId,
    distributorId,
  });
  const requested = (producerId: string, distributorId: string) => ({
    ...parties(producerId, distributorId),
    requestedBy: 'distributor',
    offeredSlots: [0, 1],
  });
  const scheduled = (producerId: string, distributorId: string) => ({
    ...parties(producerId, distributorId),
    acceptedBy: 'producer',
    slot: 1,
    table: 2,
    startsAt: '2026-03-10T02:00:00.000Z',
    endsAt: '2026-03-10T02:30:00.000Z',
  });
  await feed.emit(
    fairMeeting,
    ids.meetingHeld,
    'MeetingRequested',
    requested(ids.coop, ids.retail),
  );
  await feed.emit(
    fairMeeting,
    ids.meetingHeld,
    'MeetingScheduled',
    scheduled(ids.coop, ids.retail),
  );
  await feed.emit(fairMeeting, ids.meetingHeld, 'MeetingHeld', {
    ...parties(ids.coop, ids.retail),
    slot: 1,
    table: 2,
  });
  await feed.emit(
    fairMeeting,
    ids.meetingMissed,
    'MeetingRequested',
    requested(ids.household, ids.retail),
  );
  await feed.emit(
    fairMeeting,
    ids.meetingMissed,
    'MeetingScheduled',
    scheduled(ids.household, ids.retail),
  );
  await feed.emit(fairMeeting, ids.meetingMissed, 'MeetingMissed', {
    ...parties(ids.household, ids.retail),
    slot: 1,
    table: 2,
    absent: 'producer',
  });
  await feed.emit(
    fairMeeting,
    ids.meetingDeclined,
    'MeetingRequested',
    requested(ids.household, ids.showroom),
  );
  await feed.emit(fairMeeting, ids.meetingDeclined, 'MeetingDeclined', {
    ...parties(ids.household, ids.showroom),
    declinedBy: 'producer',
  });
  await feed.emit(
    fairMeeting,
    ids.meetingCancelled,
    'MeetingRequested',
    requested(ids.coop, ids.showroom),
  );
  await feed.emit(fairMeeting, ids.meetingCancelled, 'MeetingCancelled', {
    ...parties(ids.coop, ids.showroom),
    cancelledBy: 'distributor',
    reason: 'trùng lịch',
    wasScheduled: false,
  });
  await feed.emit(
    fairMeeting,
    ids.meetingPending,
    'MeetingRequested',
    requested(ids.coop, ids.retail),
  );

  // An MOU signed at the fair, partly delivered, one obligation overdue, one met.
  const terms = {
    products: [ids.vase, ids.bowl],
    productGroups: [],
    targets: [
      { productId: ids.vase, quantity: 300, unit: 'chiếc' },
      { productId: ids.bowl, quantity: 1000, unit: 'chiếc' },
    ],
    priceTerms: { text: 'Giá cố định trong kỳ' },
    startDate: '2026-03-12',
    endDate: '2026-12-31',
    obligations: [
      {
        obligationId: 'o1',
        kind: 'delivery',
        description: 'Lô đầu tiên 100 bình',
        dueDate: '2026-03-14',
        productId: ids.vase,
        quantity: 100,
      },
      {
        obligationId: 'o2',
        kind: 'action',
        description: 'Kệ trưng bày OCOP',
        dueDate: '2026-04-30',
      },
      {
        obligationId: 'o3',
        kind: 'action',
        description: 'Tập huấn bán hàng',
        dueDate: '2026-03-13',
      },
    ],
  };
  await feed.emit(
    mou,
    ids.mouAtFair,
    'MouDrafted',
    {
      distributorId: ids.retail,
      producerIds: [ids.coop],
      fairId: ids.fair,
      title: 'Biên bản ghi nhớ tiêu thụ gốm Bát Tràng',
      version: 1,
      terms,
    },
    '2026-03-11T02:00:00.000Z',
  );
  await feed.emit(mou, ids.mouAtFair, 'MouProposed', { version: 1 }, '2026-03-11T02:05:00.000Z');
  await feed.emit(
    mou,
    ids.mouAtFair,
    'MouActivated',
    {
      version: 1,
      activatedAt: '2026-03-12T03:00:00.000Z',
      startDate: '2026-03-12',
      endDate: '2026-12-31',
    },
    '2026-03-12T03:00:00.000Z',
  );
  await feed.emit(mou, ids.mouAtFair, 'ObligationMet', {
    version: 1,
    obligationId: 'o3',
    by: 'party',
    metAt: '2026-03-13T08:00:00.000Z',
    late: false,
  });
  await feed.emit(mou, ids.mouAtFair, 'ObligationOverdue', {
    version: 1,
    obligationId: 'o1',
    kind: 'delivery',
    description: 'Lô đầu tiên 100 bình',
    dueDate: '2026-03-14',
  });
  await feed.emit(
    mou,
    ids.mouDraft,
    'MouDrafted',
    {
      distributorId: ids.showroom,
      producerIds: [ids.household],
      version: 1,
      terms: {
        ...terms,
        products: [ids.tea],
        targets: [{ productId: ids.tea, quantity: 50, unit: 'kg' }],
        obligations: [],
      },
    },
    '2026-03-13T02:00:00.000Z',
  );

  // Orders: one delivered under the MOU, one shipped, one rejected.
  const line = (productId: string, quantity: number, unitPriceVnd: number) => ({
    productId,
    quantity,
    unitPriceVnd,
    lineTotalVnd: quantity * unitPriceVnd,
  });
  const deliveredLines = [line(ids.vase, 60, 450_000), line(ids.bowl, 250, 120_000)];
  await feed.emit(
    purchaseOrder,
    ids.orderDelivered,
    'OrderPlaced',
    {
      distributorId: ids.retail,
      producerId: ids.coop,
      mouId: ids.mouAtFair,
      lines: deliveredLines,
      totalVnd: 60 * 450_000 + 250 * 120_000,
    },
    '2026-03-12T04:00:00.000Z',
  );
  await feed.emit(
    purchaseOrder,
    ids.orderDelivered,
    'OrderConfirmed',
    { producerId: ids.coop },
    '2026-03-12T04:01:00.000Z',
  );
  await feed.emit(
    purchaseOrder,
    ids.orderDelivered,
    'OrderShipped',
    { trackingNumber: 'GHN-1' },
    '2026-03-13T04:00:00.000Z',
  );
  await feed.emit(
    purchaseOrder,
    ids.orderDelivered,
    'OrderDelivered',
    {
      producerId: ids.coop,
      mouId: ids.mouAtFair,
      lines: deliveredLines,
    },
    '2026-03-14T04:00:00.000Z',
  );
  await feed.emit(mou, ids.mouAtFair, 'MouFulfilmentRecorded', {
    orderId: ids.orderDelivered,
    producerId: ids.coop,
    version: 1,
    deliveredAt: '2026-03-14T04:00:00.000Z',
    lines: [
      { productId: ids.vase, quantity: 60 },
      { productId: ids.bowl, quantity: 250 },
    ],
  });
  await feed.emit(
    purchaseOrder,
    ids.orderShipped,
    'OrderPlaced',
    {
      distributorId: ids.retail,
      producerId: ids.coop,
      mouId: ids.mouAtFair,
      lines: [line(ids.vase, 40, 450_000)],
      totalVnd: 40 * 450_000,
    },
    '2026-03-14T05:00:00.000Z',
  );
  await feed.emit(
    purchaseOrder,
    ids.orderShipped,
    'OrderConfirmed',
    { producerId: ids.coop },
    '2026-03-14T05:01:00.000Z',
  );
  await feed.emit(purchaseOrder, ids.orderShipped, 'OrderShipped', {}, '2026-03-14T09:00:00.000Z');
  await feed.emit(
    purchaseOrder,
    ids.orderRejected,
    'OrderPlaced',
    {
      distributorId: ids.showroom,
      producerId: ids.household,
      lines: [line(ids.tea, 500, 350_000)],
      totalVnd: 500 * 350_000,
    },
    '2026-03-14T06:00:00.000Z',
  );
  await feed.emit(
    purchaseOrder,
    ids.orderRejected,
    'OrderRejected',
    {
      producerId: ids.household,
      reason: 'not-enough-capacity',
      detail: 'chỉ còn 200 kg trong tháng',
    },
    '2026-03-14T06:01:00.000Z',
  );
  return ids;
}

export type Programme = Awaited<ReturnType<typeof programme>>;
