/** The documented demo users; they exist only where the demo data was loaded. */
export const DEMO_PASSWORD = 'ocop-demo-2021';

export const DEMO_USERS = {
  admin: 'admin@demo.ocop.vn',
  officer: 'officer@demo.ocop.vn',
  producer: 'producer@demo.ocop.vn',
  distributor: 'distributor@demo.ocop.vn',
} as const;
