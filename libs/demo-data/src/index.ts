export * from './demo-users';
export * from './gateway-client';
export * from './hanoi-programme';
export * from './load-progress';
export * from './programme-dataset';
export * from './programme-loader';
export * from './seeded-random';
export * from './trade-activity-loader';
