import { runService } from '@ocop/common';

void runService('trade-fairs', async () => (await import('./trade-fairs.module')).TradeFairsModule);
