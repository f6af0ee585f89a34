import { api, ok } from '../../lib/api-client';
import type { ExpiringCertificate, Fair, Page, ProgrammeFigures } from '../shared/views';

export interface OfficerHomeData {
  figures: ProgrammeFigures;
  expiring: Page<ExpiringCertificate>;
  fairs: Page<Fair>;
}

function loadOfficerHome(): Promise<OfficerHomeData> {
  return Promise.all([
    ok<ProgrammeFigures>(api.GET('/api/v1/programme/figures')),
    ok<Page<ExpiringCertificate>>(
      api.GET('/api/v1/programme/expiring-certificates', {
        params: { query: { days: 90, limit: 10, sort: 'expiresOn', order: 'asc' } },
      }),
    ),
    ok<Page<Fair>>(api.GET('/api/v1/fairs', { params: { query: { limit: 100 } } })),
  ]).then(([figures, expiring, fairs]) => ({ figures, expiring, fairs }));
}

let early: Promise<OfficerHomeData> | undefined;

/**
 * Starts the home's requests and its code together, as the console starts: otherwise the requests
 * wait for the first render and the page's chunk (the 2 s budget of bench/web-budget.ts).
 */
export function preloadOfficerHome(): void {
  early = loadOfficerHome();
  early.catch(() => undefined);
  void import('./officer-home');
}

/** The preloaded answer the first time, then fresh ones (a reload, a later visit). */
export function officerHomeData(): Promise<OfficerHomeData> {
  const answer = early ?? loadOfficerHome();
  early = undefined;
  return answer;
}
