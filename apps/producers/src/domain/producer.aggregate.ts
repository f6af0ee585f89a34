import {
  InvalidStateError,
  NotFoundError,
  RuleViolationError,
} from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  AGGREGATE_TYPES,
  CertificationLevel,
  EventOf,
  OrderLineQuantity,
  ProducerEvents,
  ProducerKind,
  ProductGroup,
  ReservationRejection,
} from '@ocop/events';
import {
  certificateExpiredOn,
  isCertificateValidOn,
} from '@ocop/contracts/shared/certificate-validity';
import { Certificate, checkDecision, defaultExpiry, Stars } from './certificate';

export interface Contact {
  name: string;
  phone: string;
  email?: string;
}

export interface ProducerProfile {
  kind: ProducerKind;
  legalName: string;
  registrationNumber: string;
  contact: Contact;
  province: string;
  district: string;
  commune: string;
  craftVillage?: string;
}

export interface Product {
  name: string;
  group: ProductGroup;
  subgroup: string;
  unit: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
  photoUrls: string[];
  qrCode: string;
  certificate?: Certificate;
}

export interface Reservation {
  month: string;
  lines: OrderLineQuantity[];
}

export interface ProducerState {
  profile?: ProducerProfile;
  active: boolean;
  products: Record<string, Product>;
  /** Capacity held for orders, by order id, until released. */
  reservations: Record<string, Reservation>;
  /** What was answered for each order, so a redelivered OrderPlaced changes nothing. */
  answered: Record<string, 'reserved' | 'rejected' | 'released'>;
}

export type ProductDraft = Omit<Product, 'qrCode' | 'certificate'>;

export interface Decision {
  stars: Stars;
  decisionNumber: string;
  level: CertificationLevel;
  issuedOn: string;
  expiresOn?: string;
}

/** A traceability code printed on the label, derived from the product id so it never changes. */
export function qrCodeFor(productId: string): string {
  return `OCOP-${productId.replace(/-/g, '').slice(0, 16).toUpperCase()}`;
}

/**
 * An OCOP subject and the products it registered. Products live inside the producer so that an
 * order's capacity reservation over several of them is decided and stored all at once.
 */
export class Producer extends AggregateRoot<ProducerEvents, ProducerState> {
  private state: ProducerState = { active: false, products: {}, reservations: {}, answered: {} };

  constructor(id: string) {
    super(AGGREGATE_TYPES.producer, id);
  }

  get registered(): boolean {
    return this.state.profile !== undefined;
  }

  view() {
    return { producerId: this.id, version: this.version, ...this.state };
  }

  product(productId: string): Product {
    const product = this.state.products[productId];
    if (!this.registered || !product) {
      throw new NotFoundError(`producer ${this.id} has no product ${productId}`);
    }
    return product;
  }

  // --- commands -------------------------------------------------------------------------------

  register(profile: ProducerProfile): void {
    if (this.registered) throw new InvalidStateError(`producer ${this.id} is already registered`);
    this.raise('ProducerRegistered', profile);
  }

  update(changes: Partial<Omit<ProducerProfile, 'kind' | 'registrationNumber'>>): void {
    this.mustBeActive();
    this.raise('ProducerUpdated', changes);
  }

  deactivate(reason: string): void {
    this.mustBeActive();
    this.raise('ProducerDeactivated', { reason });
  }

  registerProduct(productId: string, draft: ProductDraft): string {
    this.mustBeActive();
    if (draft.priceMinVnd > draft.priceMaxVnd) {
      throw new RuleViolationError('priceMinVnd must not be above priceMaxVnd');
    }
    const qrCode = qrCodeFor(productId);
    this.raise('ProductRegistered', { productId, ...draft, qrCode });
    return qrCode;
  }

  /** Certifies a product, or re-rates it when it holds a valid certificate (the new one replaces it). */
  certify(productId: string, decision: Decision, today: string): 'certified' | 're-rated' {
    this.mustBeActive();
    const product = this.product(productId);
    checkDecision(decision.stars, decision.level);
    const expiresOn = decision.expiresOn ?? defaultExpiry(decision.issuedOn);
    if (expiresOn <= decision.issuedOn) {
      throw new RuleViolationError('expiresOn must be after issuedOn');
    }
    if (certificateExpiredOn(expiresOn, today))
      throw new RuleViolationError(`the decision expired on ${expiresOn}`);
    if (product.certificate?.decisionNumber === decision.decisionNumber) {
      throw new InvalidStateError(`decision ${decision.decisionNumber} is already recorded`);
    }
    const payload = { productId, ...decision, expiresOn };
    if (isCertificateValidOn(product.certificate, today)) {
      this.raise('ProductReRated', { ...payload, previousStars: product.certificate!.stars });
      return 're-rated';
    }
    this.raise('ProductCertified', payload);
    return 'certified';
  }

  revokeCertification(productId: string, reason: string): void {
    const certificate = this.product(productId).certificate;
    if (certificate?.status !== 'valid') {
      throw new InvalidStateError(
        `product ${productId} has no certificate in force`,
        certificate?.status ?? 'uncertified',
      );
    }
    this.raise('CertificationRevoked', {
      productId,
      decisionNumber: certificate.decisionNumber,
      reason,
    });
  }

  /** Run by the expiry job on the day; does nothing if that decision was since replaced or revoked. */
  expireCertification(productId: string, decisionNumber: string, today: string): boolean {
    const certificate = this.state.products[productId]?.certificate;
    if (
      certificate?.decisionNumber !== decisionNumber ||
      certificate.status !== 'valid' ||
      !certificateExpiredOn(certificate.expiresOn, today)
    ) {
      return false;
    }
    this.raise('CertificationExpired', {
      productId,
      decisionNumber,
      expiredOn: certificate.expiresOn,
    });
    return true;
  }

  changeCapacity(productId: string, monthlyCapacity: number): void {
    this.mustBeActive();
    this.product(productId);
    this.raise('SupplyCapacityChanged', { productId, monthlyCapacity });
  }

  /**
   * All or nothing: reserves every line of an order against the month's remaining capacity, or
   * rejects the whole order with the first reason found. An order already answered changes nothing.
   */
  reserveCapacity(orderId: string, lines: OrderLineQuantity[], today: string): void {
    if (this.state.answered[orderId]) return;
    const month = today.slice(0, 7);
    const rejection = this.whyNotReservable(lines, month, today);
    if (rejection) {
      this.raise('CapacityReservationRejected', { orderId, ...rejection });
      return;
    }
    this.raise('CapacityReserved', { orderId, month, lines });
  }

  /** Gives back an order's capacity (cancelled or rejected order); nothing if none is held. */
  releaseCapacity(orderId: string): void {
    const reservation = this.state.reservations[orderId];
    if (!reservation) return;
    this.raise('CapacityReleased', { orderId, ...reservation });
  }

  reservedIn(month: string, productId: string): number {
    return Object.values(this.state.reservations)
      .filter((reservation) => reservation.month === month)
      .flatMap((reservation) => reservation.lines)
      .filter((line) => line.productId === productId)
      .reduce((sum, line) => sum + line.quantity, 0);
  }

  private whyNotReservable(
    lines: OrderLineQuantity[],
    month: string,
    today: string,
  ): { reason: ReservationRejection; detail: string } | undefined {
    if (!this.registered) {
      return { reason: 'unknown-product', detail: `producer ${this.id} is not registered` };
    }
    if (!this.state.active) {
      return { reason: 'producer-inactive', detail: `producer ${this.id} is deactivated` };
    }
    const wanted = new Map<string, number>();
    lines.forEach((line) =>
      wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.quantity),
    );
    for (const productId of wanted.keys()) {
      if (!this.state.products[productId]) {
        return {
          reason: 'unknown-product',
          detail: `product ${productId} is not one of this producer's`,
        };
      }
    }
    for (const productId of wanted.keys()) {
      const product = this.state.products[productId];
      if (!isCertificateValidOn(product.certificate, today)) {
        const status = product.certificate?.status ?? 'uncertified';
        return {
          reason: 'no-valid-certificate',
          detail: `${product.name} (${productId}) has no valid OCOP certificate (${status})`,
        };
      }
    }
    for (const [productId, quantity] of wanted) {
      const product = this.state.products[productId];
      const left = product.monthlyCapacity - this.reservedIn(month, productId);
      if (quantity > left) {
        return {
          reason: 'not-enough-capacity',
          detail: `${product.name} (${productId}): ${quantity} ${product.unit} wanted, ${left} left in ${month}`,
        };
      }
    }
    return undefined;
  }

  private mustBeActive(): void {
    if (!this.registered) throw new NotFoundError(`no producer ${this.id}`);
    if (!this.state.active)
      throw new InvalidStateError(`producer ${this.id} is deactivated`, 'deactivated');
  }

  // --- state ------------------------------------------------------------------------------------

  snapshot(): ProducerState {
    return structuredClone(this.state);
  }

  protected restore(state: ProducerState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload: p }: EventOf<ProducerEvents>): void {
    const s = this.state;
    switch (type) {
      case 'ProducerRegistered':
        s.profile = p;
        s.active = true;
        break;
      case 'ProducerUpdated':
        s.profile = { ...s.profile!, ...p };
        break;
      case 'ProducerDeactivated':
        s.active = false;
        break;
      case 'ProductRegistered': {
        const { productId, ...product } = p;
        s.products[productId] = product;
        break;
      }
      case 'ProductCertified':
      case 'ProductReRated':
        s.products[p.productId].certificate = {
          stars: p.stars,
          decisionNumber: p.decisionNumber,
          level: p.level,
          issuedOn: p.issuedOn,
          expiresOn: p.expiresOn,
          status: 'valid',
        };
        break;
      case 'CertificationExpired':
        s.products[p.productId].certificate!.status = 'expired';
        break;
      case 'CertificationRevoked':
        s.products[p.productId].certificate!.status = 'revoked';
        break;
      case 'SupplyCapacityChanged':
        s.products[p.productId].monthlyCapacity = p.monthlyCapacity;
        break;
      case 'CapacityReserved':
        s.reservations[p.orderId] = { month: p.month, lines: p.lines };
        s.answered[p.orderId] = 'reserved';
        break;
      case 'CapacityReservationRejected':
        s.answered[p.orderId] = 'rejected';
        break;
      case 'CapacityReleased':
        delete s.reservations[p.orderId];
        s.answered[p.orderId] = 'released';
        break;
    }
  }
}
