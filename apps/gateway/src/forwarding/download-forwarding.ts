import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { backendFailed } from './backend-failure';
import type { BackendCall, BackendServices } from './backend-services';
import type { GatewayRoute } from './gateway-route';

/** The headers of a file answer that travel with it to the client. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'content-length'];

/**
 * A route answered with a file (`route.download`): the service's bytes go to the client as they
 * arrive, with its content type and file name. An answer other than 200 is the service's JSON
 * error (a 400 naming a wrong format, a 404), passed on as the other routes pass them.
 */
export async function forwardDownload(
  backends: BackendServices,
  route: GatewayRoute,
  call: BackendCall,
  res: Response,
): Promise<void> {
  const answer = await backends.stream(route.service, call);
  if (answer.status >= 500) {
    answer.body.resume();
    throw backendFailed(route.service, answer.status);
  }
  if (answer.status !== 200) {
    const text = await answer.body.text();
    res.status(answer.status).type('application/json').send(text);
    return;
  }
  res.status(200);
  for (const name of PASSED_HEADERS) {
    const value = answer.headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
  try {
    await pipeline(answer.body, res);
  } catch {
    // The client went away, or the service cut the file short: the connection is closed either
    // way, and the client sees an incomplete download rather than a wrong file.
    res.destroy();
  }
}
