import { anyone, ownOrganisation } from '../forwarding/access-rules';
import { GatewayRoute } from '../forwarding/gateway-route';
import {
  CertifyProductDto,
  ChangeCapacityDto,
  ReasonDto,
  RegisterProducerDto,
  RegisterProductDto,
  UpdateProducerDto,
  MonthQueryDto,
} from '@ocop/contracts';

const own = ownOrganisation('producerId');
const producer = { service: 'producers', tag: 'producers' } as const;

/** Producers (OCOP subjects) and their products, owned by the producers service. */
export const PRODUCER_ROUTES: GatewayRoute[] = [
  {
    ...producer,
    method: 'POST',
    path: '/producers',
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
    summary: "Change a producer's details",
    body: UpdateProducerDto,
    access: { producer: own, officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
  {
    ...producer,
    method: 'POST',
    path: '/producers/:producerId/deactivate',
    summary: 'Deactivate a producer (officer, admin)',
    body: ReasonDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'producer :producerId not found',
  },
  {
    ...producer,
    method: 'POST',
    path: '/producers/:producerId/products',
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
    summary: "Revoke a product's certificate (officer, admin)",
    body: ReasonDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'product :productId not found',
  },
  {
    ...producer,
    method: 'PUT',
    path: '/producers/:producerId/products/:productId/capacity',
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
