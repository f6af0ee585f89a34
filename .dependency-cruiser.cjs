// Import boundaries, checked by `npm run lint` (dependency-cruiser resolves relative paths and the
// tsconfig aliases alike, so a rule cannot be dodged by spelling an import another way).
// Only imports that remain after compilation count: a type-only import loads nothing.

const INFRASTRUCTURE = 'node_modules/(@nestjs/|mongoose/|mongodb/|kafkajs/|bullmq/|ioredis/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-app-import',
      comment:
        'An app never imports another app: what they share lives in libs/ (request shapes in ' +
        'libs/contracts, events in libs/events), so a service can change without the others.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-lib-to-app-import',
      comment: 'Libraries serve the apps; none depends on one.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-loads-no-infrastructure',
      comment:
        'domain/ code loads no Nest, MongoDB, Kafka, BullMQ or Redis client, not even through a ' +
        'barrel that pulls one in: import pure sub-paths (@ocop/common/errors/domain-errors, ' +
        '@ocop/contracts/shared/calendar, @ocop/event-sourcing/aggregate-root).',
      severity: 'error',
      from: { path: '(^|/)domain/', pathNot: '\\.spec\\.ts$' },
      to: { path: INFRASTRUCTURE, reachable: true },
    },
    {
      name: 'contracts-load-no-infrastructure',
      comment:
        'libs/contracts is shapes and rules only: class-validator, class-transformer, ' +
        '@nestjs/mapped-types and @nestjs/swagger decorators, nothing that runs a service.',
      severity: 'error',
      from: { path: '^libs/contracts/', pathNot: '\\.spec\\.ts$' },
      to: {
        path: [INFRASTRUCTURE, '^libs/(common|event-sourcing|testing|demo-data)/'],
        pathNot: 'node_modules/@nestjs/(mapped-types|swagger)/',
        reachable: true,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|deploy)/' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
