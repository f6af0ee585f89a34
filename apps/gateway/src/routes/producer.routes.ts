import {
  CertifyProductDto,
  ChangeCapacityDto,
  ReasonDto,
  RegisterProducerDto,
  RegisterProductDto,
  UpdateProducerDto,
} from '../../../producers/src/commands/producer.dto';
import { MonthQueryDto } from '../../../producers/src/interface/month-query.dto';
import { anyone, ownOrganisation } from '../forwarding/access-rules';
import { GatewayRoute } from '../forwarding/gateway-route';

const own = ownOrganisation('producerId');
const producer = { service: 'producers', tag: 'producers' } as const;

/** Producers (OCOP subjects) and their products, owned by the producers service. */
export const PRODUCER_ROUTES: GatewayRoute[] = [
  {
    ...producer,
    method: 'POST',
    path: '/producers',
    status: 201,
    summary: 'Register a producer (officer, admin)',
    body: RegisterProducerDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'producer not found',
  },
  {
    ...producer,
    method: 'GET',
    path: '/producers/:producerId',
    summary: 'A producer',
    access: { producer: own, officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
  {
    ...producer,
    method: 'PATCH',
    path: '/producers/:producerId',
    status: 204,
    summary: "Change a producer's details",
    body: UpdateProducerDto,
    access: { producer: own, officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
  {
    ...producer,
    method: 'POST',
    path: '/producers/:producerId/deactivate',
    status: 204,
    summary: 'Deactivate a producer (officer, admin)',
    body: ReasonDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
  {
    ...producer,
    method: 'POST',
    path: '/producers/:producerId/products',
    status: 201,
    summary: 'Register a product',
    body: RegisterProductDto,
    access: { producer: own, officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
  {
    ...producer,
    method: 'GET',
    path: '/producers/:producerId/products/:productId',
    summary: 'A product with its certificate',
    access: { producer: own, officer: anyone, admin: anyone },
    notFound: 'product :productId not found',
  },
  {
    ...producer,
    method: 'PUT',
    path: '/producers/:producerId/products/:productId/certification',
    summary: "Record the council's OCOP certification (or re-rating) of a product (officer, admin)",
    body: CertifyProductDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'product :productId not found',
  },
  {
    ...producer,
    method: 'POST',
    path: '/producers/:producerId/products/:productId/certification/revoke',
    status: 204,
    summary: "Revoke a product's certificate (officer, admin)",
    body: ReasonDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'product :productId not found',
  },
  {
    ...producer,
    method: 'PUT',
    path: '/producers/:producerId/products/:productId/capacity',
    status: 204,
    summary: "Change a product's monthly supply capacity",
    body: ChangeCapacityDto,
    access: { producer: own, admin: anyone },
    notFound: 'product :productId not found',
  },
  {
    ...producer,
    method: 'GET',
    path: '/producers/:producerId/capacity',
    summary: "A producer's capacity reserved and left per product for a month (?month=YYYY-MM)",
    query: MonthQueryDto,
    access: { producer: own, officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
];
