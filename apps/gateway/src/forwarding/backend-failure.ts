import { BadGatewayException, ServiceUnavailableException } from '@nestjs/common';
import { ServiceName } from '@ocop/common';

/**
 * What the caller gets when a service answers 5xx: a 502 naming the service, never the service's
 * own error (which may say more about its insides than a client should see). A 503 (the service
 * cannot reach its database) stays a 503, with Retry-After: the same request may succeed soon.
 */
export function backendFailed(
  service: ServiceName,
  status: number,
): BadGatewayException | ServiceUnavailableException {
  if (status === 503) {
    return new ServiceUnavailableException(
      `the ${service} service is unavailable for now; retry later with the same Idempotency-Key`,
    );
  }
  return new BadGatewayException(`the ${service} service failed (${status}); try again`);
}
