import { MeetingPlan, RequestMatches } from '@ocop/contracts/responses';
import { PlanMeetingsDto } from '@ocop/contracts';
import { anyone, organiserOfFair, partyOf } from '../forwarding/access-rules';
import { GatewayRoute } from '../forwarding/gateway-route';

const plan = { service: 'matching', tag: 'matching' } as const;
const organiser = { officer: organiserOfFair, admin: anyone };

/** Ranked supply for sourcing requests, and fair meeting plans (the matching service). */
export const MATCHING_ROUTES: GatewayRoute[] = [
  {
    ...plan,
    method: 'GET',
    path: '/sourcing-requests/:requestId/matches',
    response: RequestMatches,
    summary: "A sourcing request's ranked matches, each factor of the score kept",
    access: {
      distributor: partyOf('distributors', '/sourcing-requests/:requestId'),
      officer: anyone,
      admin: anyone,
    },
    notFound: 'sourcing request :requestId not found',
  },
  {
    ...plan,
    method: 'POST',
    path: '/fairs/:fairId/meeting-plan',
    status: 201,
    response: MeetingPlan,
    summary:
      'Propose a meeting schedule for the fair from booked producers and registered distributors (its organiser reviews it)',
    body: PlanMeetingsDto,
    access: organiser,
    notFound: 'fair :fairId not found',
  },
  {
    ...plan,
    method: 'GET',
    path: '/fairs/:fairId/meeting-plan',
    response: MeetingPlan,
    summary: "The fair's proposed (or published) meeting schedule",
    access: organiser,
    notFound: 'fair :fairId not found',
  },
  {
    ...plan,
    method: 'POST',
    path: '/fairs/:fairId/meeting-plan/publish',
    response: MeetingPlan,
    summary: 'Publish the reviewed schedule: its meetings become meeting requests at the fair',
    access: organiser,
    notFound: 'fair :fairId not found',
  },
];
