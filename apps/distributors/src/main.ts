import { runService } from '@ocop/common';

void runService(
  'distributors',
  async () => (await import('./distributors.module')).DistributorsModule,
);
