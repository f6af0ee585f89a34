import { OrderPage } from '../trade/order-page';

export default function ProducerOrderPage() {
  return <OrderPage side="producer" />;
}
