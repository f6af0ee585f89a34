import { AccessRule } from '../forwarding/gateway-route';
import {
  anyone,
  organiserOfFair,
  organisesBodyFair,
  organisesItself,
} from '../forwarding/access-rules';
import { GATEWAY_ROUTES } from './index';

/**
 * An officer's reach, written down route by route (README, "Who may do what"):
 * - its fairs: only on a fair it organises (the fair's `organiserId` is its user id); any other
 *   fair answers 404, as another party's data does;
 * - as organiser: it schedules a fair only with itself as the organiser;
 * - its fairs or none: it drafts an MOU for the parties naming no fair or a fair it organises;
 * - programme: programme-wide registry and reads (producers, products and certificates,
 *   distributors, orders, MOUs, sourcing requests and matches, parties' views, figures, catalogue);
 * - refused: a party's own commands and the admin's routes answer 403.
 * Every route of the table must be here, so a new route cannot be left out.
 */
type Reach = 'its fairs' | 'as organiser' | 'its fairs or none' | 'programme' | 'refused';

const OFFICER_REACH: Record<string, Reach> = {
  'POST /producers': 'programme',
  'GET /producers/:producerId': 'programme',
  'PATCH /producers/:producerId': 'programme',
  'POST /producers/:producerId/deactivate': 'programme',
  'POST /producers/:producerId/products': 'programme',
  'GET /producers/:producerId/products/:productId': 'programme',
  'PUT /producers/:producerId/products/:productId/certification': 'programme',
  'POST /producers/:producerId/products/:productId/certification/revoke': 'programme',
  'PUT /producers/:producerId/products/:productId/capacity': 'refused',
  'GET /producers/:producerId/capacity': 'programme',
  'POST /distributors': 'programme',
  'GET /distributors/:distributorId': 'programme',
  'POST /sourcing-requests': 'refused',
  'GET /sourcing-requests/:requestId': 'programme',
  'PATCH /sourcing-requests/:requestId': 'refused',
  'POST /sourcing-requests/:requestId/close': 'refused',
  'POST /orders': 'refused',
  'GET /orders/:orderId': 'programme',
  'POST /orders/:orderId/ship': 'refused',
  'POST /orders/:orderId/deliver': 'refused',
  'POST /orders/:orderId/cancel': 'refused',
  'POST /fairs': 'as organiser',
  'GET /fairs': 'programme',
  'GET /fairs/:fairId': 'programme',
  'PATCH /fairs/:fairId': 'its fairs',
  'POST /fairs/:fairId/open-booking': 'its fairs',
  'POST /fairs/:fairId/close-booking': 'its fairs',
  'POST /fairs/:fairId/start': 'its fairs',
  'POST /fairs/:fairId/close': 'its fairs',
  'GET /fairs/:fairId/slots': 'programme',
  'POST /fairs/:fairId/bookings': 'its fairs',
  'GET /fairs/:fairId/bookings': 'its fairs',
  'GET /fairs/:fairId/bookings/:bookingId': 'its fairs',
  'POST /fairs/:fairId/bookings/:bookingId/approve': 'its fairs',
  'POST /fairs/:fairId/bookings/:bookingId/reject': 'its fairs',
  'POST /fairs/:fairId/bookings/:bookingId/cancel': 'its fairs',
  'POST /fairs/:fairId/bookings/:bookingId/check-in': 'its fairs',
  'POST /fairs/:fairId/attendees': 'its fairs',
  'GET /fairs/:fairId/attendees': 'its fairs',
  'POST /fairs/:fairId/meetings': 'its fairs',
  'GET /fairs/:fairId/meetings': 'its fairs',
  'GET /fairs/:fairId/meetings/:meetingId': 'its fairs',
  'POST /fairs/:fairId/meetings/:meetingId/accept': 'refused',
  'POST /fairs/:fairId/meetings/:meetingId/decline': 'refused',
  'POST /fairs/:fairId/meetings/:meetingId/cancel': 'refused',
  'POST /fairs/:fairId/meetings/:meetingId/held': 'its fairs',
  'POST /fairs/:fairId/meetings/:meetingId/no-show': 'its fairs',
  'POST /mous': 'its fairs or none',
  'GET /mous': 'programme',
  'GET /mous/:mouId': 'programme',
  'POST /mous/:mouId/propose': 'refused',
  'POST /mous/:mouId/sign': 'refused',
  'POST /mous/:mouId/amend': 'refused',
  'POST /mous/:mouId/terminate': 'refused',
  'POST /mous/:mouId/obligations/:obligationId/meet': 'refused',
  'GET /sourcing-requests/:requestId/matches': 'programme',
  'POST /fairs/:fairId/meeting-plan': 'its fairs',
  'GET /fairs/:fairId/meeting-plan': 'its fairs',
  'POST /fairs/:fairId/meeting-plan/publish': 'its fairs',
  'GET /producers/:producerId/products': 'programme',
  'GET /producers/:producerId/bookings': 'programme',
  'GET /producers/:producerId/mous': 'programme',
  'GET /producers/:producerId/obligations': 'programme',
  'GET /producers/:producerId/orders': 'programme',
  'GET /distributors/:distributorId/sourcing-requests': 'programme',
  'GET /distributors/:distributorId/orders': 'programme',
  'GET /distributors/:distributorId/mous': 'programme',
  'GET /fairs/:fairId/board': 'its fairs',
  'GET /programme/figures': 'programme',
  'GET /producers': 'programme',
  'GET /distributors': 'programme',
  'GET /producers/:producerId/sourcing-requests': 'programme',
  'GET /producers/export': 'programme',
  'GET /fairs/:fairId/board/export': 'its fairs',
  'GET /programme/figures/export': 'programme',
  'GET /programme/expiring-certificates/export': 'programme',
  'GET /orders/:orderId/history': 'programme',
  'GET /fairs/:fairId/history': 'its fairs',
  'GET /fairs/:fairId/bookings/:bookingId/history': 'its fairs',
  'GET /mous/:mouId/history': 'programme',
  'GET /producers/:producerId/products/:productId/history': 'programme',
  'GET /programme/expiring-certificates': 'programme',
  'GET /catalogue/products': 'programme',
  'GET /catalogue/products/:productId': 'programme',
  'GET /catalogue/producers': 'programme',
  'GET /catalogue/producers/:producerId': 'programme',
  'GET /admin/projections': 'refused',
  'GET /admin/projections/:name': 'refused',
  'POST /admin/projections/:name/rebuild': 'refused',
  'GET /admin/projections/rebuilds/:jobId': 'refused',
};

const REACH_OF = new Map<AccessRule | undefined, Reach>([
  [organiserOfFair, 'its fairs'],
  [organisesItself, 'as organiser'],
  [organisesBodyFair, 'its fairs or none'],
  [anyone, 'programme'],
  [undefined, 'refused'],
]);

/** Fair routes every role may read: the public fair page and its meeting slots. */
const PUBLIC_FAIR_READS = ['GET /fairs/:fairId', 'GET /fairs/:fairId/slots'];

describe("an officer's reach", () => {
  const routes = GATEWAY_ROUTES.map((route) => ({
    route: `${route.method} ${route.path}`,
    reach: REACH_OF.get(route.access.officer) ?? 'another rule',
  }));

  it('is written down for every route of the table, exactly as the table enforces it', () => {
    expect(Object.fromEntries(routes.map(({ route, reach }) => [route, reach]))).toEqual(
      OFFICER_REACH,
    );
  });

  it('is limited to the fairs it organises on every fair route but the public reads', () => {
    const unlimited = routes.filter(
      ({ route, reach }) =>
        route.includes(':fairId') &&
        !PUBLIC_FAIR_READS.includes(route) &&
        reach !== 'its fairs' &&
        reach !== 'refused',
    );
    expect(unlimited).toEqual([]);
  });
});
