/** The product's services and the HTTP port each listens on unless PORT says otherwise. */
export const SERVICE_PORTS = {
  gateway: 3000,
  producers: 3001,
  distributors: 3002,
  'trade-fairs': 3003,
  mou: 3004,
  matching: 3005,
  query: 3006,
} as const;

export type ServiceName = keyof typeof SERVICE_PORTS;

export const SERVICE_NAMES = Object.keys(SERVICE_PORTS) as ServiceName[];

/** Services behind the gateway, each reached at <NAME>_URL. */
export const BACKEND_SERVICES = SERVICE_NAMES.filter((name) => name !== 'gateway');

/** `trade-fairs` -> `TRADE_FAIRS_URL` */
export function serviceUrlSetting(service: ServiceName): string {
  return `${service.toUpperCase().replace(/-/g, '_')}_URL`;
}

/** Each service owns its own database on the shared server: `trade-fairs` -> `ocop_trade_fairs`. */
export function defaultDatabaseName(service: ServiceName): string {
  return `ocop_${service.replace(/-/g, '_')}`;
}
