/*
 * Who may take part in a fair, decided only from what producers' events told this service (its
 * local eligibility view): a producer it knows, still active, showing products whose OCOP
 * certificate is valid today. No rule here reads another service's database.
 */

import { isCertificateValidOn } from '@ocop/contracts/shared/certificate-validity';

export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export interface KnownProducer {
  producerId: string;
  legalName: string;
  active: boolean;
}

export interface CertifiedProduct {
  productId: string;
  producerId: string;
  decisionNumber: string;
  stars: 3 | 4 | 5;
  /** YYYY-MM-DD: the certificate is valid until the day before. */
  expiresOn: string;
  status: CertificateStatus;
}

/** Why a product cannot be shown as OCOP on `today` (YYYY-MM-DD), or undefined if it can. */
export function certificateProblem(
  producerId: string,
  productId: string,
  product: CertifiedProduct | undefined,
  today: string,
): string | undefined {
  if (!product || product.producerId !== producerId) {
    return `product ${productId} of producer ${producerId} holds no OCOP certificate`;
  }
  if (product.status === 'revoked') {
    return `the certificate ${product.decisionNumber} of product ${productId} was revoked`;
  }
  if (!isCertificateValidOn(product, today)) {
    return `the certificate ${product.decisionNumber} of product ${productId} expired on ${product.expiresOn}`;
  }
  return undefined;
}

function producerProblem(producerId: string, producer: KnownProducer | undefined): string[] {
  if (!producer) return [`producer ${producerId} is not known here (no ProducerRegistered)`];
  if (!producer.active) return [`producer ${producerId} is deactivated`];
  return [];
}

/**
 * What stops a producer from booking a booth to show `productIds`: every named product must be its
 * own and hold a valid certificate (so it has at least one). Empty when it may book.
 */
export function bookingProblems(
  producerId: string,
  producer: KnownProducer | undefined,
  productIds: readonly string[],
  products: ReadonlyMap<string, CertifiedProduct>,
  today: string,
): string[] {
  const problems = producerProblem(producerId, producer);
  if (problems.length > 0) return problems;
  return productIds.flatMap((productId) => {
    const problem = certificateProblem(producerId, productId, products.get(productId), today);
    return problem ? [problem] : [];
  });
}

/** What stops a producer from B2B meetings: it must hold at least one valid certificate. */
export function meetingProblems(
  producerId: string,
  producer: KnownProducer | undefined,
  products: readonly CertifiedProduct[],
  today: string,
): string[] {
  const problems = producerProblem(producerId, producer);
  if (problems.length > 0) return problems;
  const valid = products.some(
    (product) => !certificateProblem(producerId, product.productId, product, today),
  );
  return valid ? [] : [`producer ${producerId} has no product with a valid OCOP certificate`];
}
