// What the public API answers, as OpenAPI schemas (@nestjs/swagger decorators): the gateway's
// document reads them. Apart from the request shapes of index.ts, so a service importing those does
// not load @nestjs/swagger.
export * from './shared/error.response';
export * from './shared/page.response';
export * from './shared/history.response';
export * from './shared/response-fields';
export * from './producers/producers.response';
export * from './distributors/distributors.response';
export * from './trade-fairs/trade-fairs.response';
export * from './mou/mou.response';
export * from './matching/matching.response';
export * from './query/read-models.response';
export * from './query/registry.response';
