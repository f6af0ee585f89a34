import { MouActionsPage } from '../trade/mou-actions-page';

export default function ProducerMouPage() {
  return <MouActionsPage side="producer" />;
}
