import { HistoryEvent, Mou, MouSummary } from '@ocop/contracts/responses';
import { anyone, organisesBodyFair, partyOf, queryNamesOwnParty } from '../forwarding/access-rules';
import { GatewayRoute } from '../forwarding/gateway-route';
import {
  AmendMouDto,
  DraftMouDto,
  MeetObligationDto,
  SignMouDto,
  TerminateMouDto,
  ListMousQuery,
  HistoryQuery,
} from '@ocop/contracts';

const mous = { service: 'mou', tag: 'MOUs' } as const;
const party = partyOf('mou', '/mous/:mouId');
const parties = { producer: party, distributor: party, admin: anyone };

/** Memoranda of understanding: drafting, signatures, amendments and fulfilment (the mou service). */
export const MOU_ROUTES: GatewayRoute[] = [
  {
    ...mous,
    method: 'POST',
    path: '/mous',
    status: 201,
    response: Mou,
    summary:
      'Draft an MOU between a distributor and one or more producers (a party; an officer only at a fair it organises, or at none)',
    body: DraftMouDto,
    access: { producer: anyone, distributor: anyone, officer: organisesBodyFair, admin: anyone },
    notFound: 'party or fair not found',
  },
  {
    ...mous,
    method: 'GET',
    path: '/mous',
    response: MouSummary,
    list: 'page',
    summary:
      "A party's MOUs (?partyType=&partyId= naming the caller's organisation), by fair or status",
    query: ListMousQuery,
    access: {
      producer: queryNamesOwnParty,
      distributor: queryNamesOwnParty,
      officer: anyone,
      admin: anyone,
    },
    notFound: 'party not found',
  },
  {
    ...mous,
    method: 'GET',
    path: '/mous/:mouId',
    response: Mou,
    summary: 'An MOU: parties, versions, signatures, targets and fulfilment',
    access: { ...parties, officer: anyone },
    notFound: 'MOU :mouId not found',
  },
  {
    ...mous,
    method: 'GET',
    path: '/mous/:mouId/history',
    summary: "An MOU's history: its events, oldest first, with time, actor and what changed",
    query: HistoryQuery,
    response: HistoryEvent,
    list: 'page',
    access: { ...parties, officer: anyone },
    notFound: 'MOU :mouId not found',
  },
  {
    ...mous,
    method: 'POST',
    path: '/mous/:mouId/propose',
    response: Mou,
    summary: 'Propose the draft for signature (a party)',
    access: parties,
    notFound: 'MOU :mouId not found',
  },
  {
    ...mous,
    method: 'POST',
    path: '/mous/:mouId/sign',
    response: Mou,
    summary: 'Sign the proposed version for your organisation',
    body: SignMouDto,
    access: parties,
    notFound: 'MOU :mouId not found',
  },
  {
    ...mous,
    method: 'POST',
    path: '/mous/:mouId/amend',
    response: Mou,
    summary:
      'Propose an amendment; every party signs again, the old version stays in force until then',
    body: AmendMouDto,
    access: parties,
    notFound: 'MOU :mouId not found',
  },
  {
    ...mous,
    method: 'POST',
    path: '/mous/:mouId/terminate',
    response: Mou,
    summary: 'Terminate an MOU (a party)',
    body: TerminateMouDto,
    access: parties,
    notFound: 'MOU :mouId not found',
  },
  {
    ...mous,
    method: 'POST',
    path: '/mous/:mouId/obligations/:obligationId/meet',
    response: Mou,
    summary: 'Declare an action obligation met (a party)',
    body: MeetObligationDto,
    access: parties,
    notFound: 'MOU :mouId not found',
  },
];
