import { runService } from '@ocop/common';

void runService('producers', async () => (await import('./producers.module')).ProducersModule);
