export * from './free-port';
export * from './local-servers';
export * from './repo-root';
export * from './service-process';
export * from './wait-for';
export * from './kafka-probe';
export * from './in-process-service';
export * from './stock-ledger';
