import { runService } from '@ocop/common';

void runService('mou', async () => (await import('./mou.module')).MouModule);
