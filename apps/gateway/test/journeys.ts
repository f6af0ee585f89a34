import { RunningSystem, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';

/*
 * Building blocks of the role journeys, each through the public API as the role would do it.
 * Registration numbers and names are fresh per call so tests share the servers without clashing.
 */

const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const number = () => `01${Math.floor(Math.random() * 1e8)}`;

export const producerRegistration = () => ({
  kind: 'cooperative',
  legalName: 'HTX Chè Tân Cương',
  registrationNumber: number(),
  contact: { name: 'Nguyễn Văn An', phone: '0987654321', email: 'tancuong@example.vn' },
  province: 'Thái Nguyên',
  district: 'Thành phố Thái Nguyên',
  commune: 'Tân Cương',
});

export const tea = {
  name: 'Chè búp Tân Cương',
  group: 'food',
  subgroup: 'tea',
  unit: 'kg',
  priceMinVnd: 300_000,
  priceMaxVnd: 600_000,
  monthlyCapacity: 500,
  photoUrls: ['https://example.vn/che.jpg'],
};

export const distributorRegistration = () => ({
  kind: 'retail-chain',
  name: 'Hệ thống siêu thị BRG Mart',
  registrationNumber: number(),
  channels: ['supermarket'],
  provincesServed: ['Hà Nội'],
});

export const fairRequest = (organiserId: string) => ({
  kind: 'ocop-product-week',
  name: 'Tuần hàng OCOP Hà Nội',
  organiserId,
  venue: 'Cung Văn hoá Hữu nghị Việt Xô',
  province: 'Hà Nội',
  bookingOpensAt: inDays(1),
  bookingClosesAt: inDays(8),
  startsAt: inDays(10),
  endsAt: inDays(12),
  boothTypes: [
    { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: 20, priceVnd: 4_500_000 },
  ],
  meetingSlots: { lengthMinutes: 30, tables: 2, dailyStart: '09:00', dailyEnd: '12:00' },
});

/** An MOU for 100 kg of the producer's product at 400,000 đồng, from today for a year. */
export const mouDraft = (
  distributorId: string,
  producer: { producerId: string; productId: string },
  fairId: string,
  title = 'Biên bản ghi nhớ tiêu thụ sản phẩm OCOP',
) => ({
  distributorId,
  producerIds: [producer.producerId],
  fairId,
  title,
  targets: [{ productId: producer.productId, quantity: 100, unit: 'kg' }],
  priceTerms: {
    text: 'Giá cố định trong kỳ',
    unitPrices: [{ productId: producer.productId, unitPriceVnd: 400_000 }],
  },
  startDate: new Date().toISOString().slice(0, 10),
  endDate: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10),
  obligations: [],
});

export const signer = (partyType: 'producer' | 'distributor', partyId: string) => ({
  partyType,
  partyId,
  signedBy: partyType === 'distributor' ? 'Trần Thị Bích' : 'Nguyễn Văn An',
  onBehalfOf: partyType === 'distributor' ? 'Giám đốc thu mua' : 'Giám đốc HTX',
});

/** The answer's body (parsed JSON) when it has `status`; else an error showing the answer. */
export function expectStatus(
  answer: { status: number; body: unknown },
  status: number,
): ReturnType<typeof JSON.parse> {
  if (answer.status !== status) {
    throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

export interface Actor {
  token: string;
  userId: string;
}

export interface ProducerActor extends Actor {
  producerId: string;
  productId: string;
}

/** An officer user. */
export async function officer(system: RunningSystem, admin: string): Promise<Actor> {
  return system.user(admin, { role: 'officer' });
}

/** A producer registered by an officer, its user, and one product the officer certified. */
export async function certifiedProducer(
  system: RunningSystem,
  admin: string,
  by: Actor,
): Promise<ProducerActor> {
  const producer = expectStatus(
    await system.api('POST', '/producers', { token: by.token, body: producerRegistration() }),
    201,
  );
  const producerId = producer.producerId as string;
  const user = await system.user(admin, { role: 'producer', organisationId: producerId });
  const product = expectStatus(
    await system.api('POST', `/producers/${producerId}/products`, { token: user.token, body: tea }),
    201,
  );
  const productId = product.productId as string;
  expectStatus(
    await system.api('PUT', `/producers/${producerId}/products/${productId}/certification`, {
      token: by.token,
      body: {
        stars: 4,
        decisionNumber: `QĐ-${randomUUID().slice(0, 6)}`,
        level: 'province',
        issuedOn: new Date().toISOString().slice(0, 10),
      },
    }),
    200,
  );
  return { ...user, producerId, productId };
}

export async function distributor(
  system: RunningSystem,
  admin: string,
  by: Actor,
): Promise<Actor & { distributorId: string }> {
  const registered = expectStatus(
    await system.api('POST', '/distributors', { token: by.token, body: distributorRegistration() }),
    201,
  );
  const distributorId = registered.distributorId as string;
  const user = await system.user(admin, { role: 'distributor', organisationId: distributorId });
  return { ...user, distributorId };
}

/** A fair the officer scheduled and opened for booking. */
export async function openFair(system: RunningSystem, by: Actor): Promise<string> {
  const fair = expectStatus(
    await system.api('POST', '/fairs', { token: by.token, body: fairRequest(by.userId) }),
    201,
  );
  const fairId = fair.fairId as string;
  expectStatus(await system.api('POST', `/fairs/${fairId}/open-booking`, { token: by.token }), 200);
  return fairId;
}

/** Retries a command the service answers only once it has seen another service's events. */
export async function eventually(
  what: string,
  attempt: () => Promise<{ status: number; body: unknown }>,
  status: number,
) {
  let last: { status: number; body: unknown } | undefined;
  await waitFor(
    what,
    async () => {
      last = await attempt();
      return last.status === status;
    },
    { timeoutMs: 30_000, intervalMs: 300 },
  );
  return last!.body as ReturnType<typeof JSON.parse>;
}
