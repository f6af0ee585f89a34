import { MouActionsPage } from '../trade/mou-actions-page';

export default function DistributorMouPage() {
  return <MouActionsPage side="distributor" />;
}
