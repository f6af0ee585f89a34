import { runService } from '@ocop/common';

void runService('query', async () => (await import('./query.module')).QueryModule);
