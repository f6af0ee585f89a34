import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { executeCommand, newAggregateId } from '@ocop/event-sourcing';
import { Producer } from '../domain/producer.aggregate';
import { CertificateExpiryScheduler } from '../jobs/certificate-expiry';
import { ProducerRepository } from '../producer.repository';
import { RegistrationClaims } from './registration-claims';
import {
  vietnamDay,
  CertifyProductDto,
  RegisterProducerDto,
  RegisterProductDto,
  UpdateProducerDto,
} from '@ocop/contracts';

/** The producers service's commands: each loads the producer, decides, appends (retrying races). */
@Injectable()
export class ProducerCommands {
  constructor(
    private readonly producers: ProducerRepository,
    private readonly claims: RegistrationClaims,
    private readonly expiry: CertificateExpiryScheduler,
    private readonly clock: Clock,
  ) {}

  private run<R>(producerId: string, meta: CommandMetadata, decide: (producer: Producer) => R) {
    return executeCommand(this.producers.repository, producerId, meta, decide);
  }

  async register(dto: RegisterProducerDto, meta: CommandMetadata): Promise<{ producerId: string }> {
    const producerId = newAggregateId(meta, 'Producer');
    // A retry of a keyed registration that was stored: answered as then, its claim kept.
    if (await this.producers.repository.afterCommand(producerId, meta)) return { producerId };
    await this.claims.claim(dto.registrationNumber, producerId);
    try {
      await this.run(producerId, meta, (producer) => producer.register({ ...dto }));
    } catch (error) {
      await this.claims.release(dto.registrationNumber, producerId);
      throw error;
    }
    return { producerId };
  }

  async view(producerId: string) {
    const producer = await this.producers.repository.load(producerId);
    if (!producer.registered) throw new NotFoundError(`no producer ${producerId}`);
    return producer.view();
  }

  async product(producerId: string, productId: string) {
    const producer = await this.producers.repository.load(producerId);
    return { producerId, productId, ...producer.product(productId) };
  }

  update(producerId: string, dto: UpdateProducerDto, meta: CommandMetadata) {
    return this.run(producerId, meta, (producer) => producer.update({ ...dto }));
  }

  deactivate(producerId: string, reason: string, meta: CommandMetadata) {
    return this.run(producerId, meta, (producer) => producer.deactivate(reason));
  }

  async registerProduct(producerId: string, dto: RegisterProductDto, meta: CommandMetadata) {
    // Derived from a keyed command: its retry names the same product, and finds it registered.
    const productId = newAggregateId(meta, 'Product');
    const qrCode = await this.run(producerId, meta, (producer) =>
      producer.registerProduct(productId, { ...dto }),
    );
    return { productId, qrCode };
  }

  async certify(
    producerId: string,
    productId: string,
    dto: CertifyProductDto,
    meta: CommandMetadata,
  ) {
    const outcome = await this.run(producerId, meta, (producer) => {
      const result = producer.certify(productId, { ...dto }, vietnamDay(this.clock.now()));
      return { result, certificate: producer.product(productId).certificate! };
    });
    await this.expiry.schedule({
      producerId,
      productId,
      decisionNumber: outcome.certificate.decisionNumber,
      expiresOn: outcome.certificate.expiresOn,
    });
    return { outcome: outcome.result, certificate: outcome.certificate };
  }

  revoke(producerId: string, productId: string, reason: string, meta: CommandMetadata) {
    return this.run(producerId, meta, (producer) =>
      producer.revokeCertification(productId, reason),
    );
  }

  changeCapacity(
    producerId: string,
    productId: string,
    monthlyCapacity: number,
    meta: CommandMetadata,
  ) {
    return this.run(producerId, meta, (producer) =>
      producer.changeCapacity(productId, monthlyCapacity),
    );
  }

  async capacity(producerId: string, month: string) {
    const producer = await this.producers.repository.load(producerId);
    if (!producer.registered) throw new NotFoundError(`no producer ${producerId}`);
    const { products } = producer.view();
    return {
      producerId,
      month,
      products: Object.entries(products).map(([productId, product]) => {
        const reserved = producer.reservedIn(month, productId);
        return {
          productId,
          monthlyCapacity: product.monthlyCapacity,
          reserved,
          remaining: product.monthlyCapacity - reserved,
        };
      }),
    };
  }
}
