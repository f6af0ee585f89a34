import { OrderPage } from '../trade/order-page';

export default function DistributorOrderPage() {
  return <OrderPage side="distributor" />;
}
