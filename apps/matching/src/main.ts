import { runService } from '@ocop/common';

void runService('matching', async () => (await import('./matching.module')).MatchingModule);
