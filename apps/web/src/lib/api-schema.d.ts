// Generated from apps/web/openapi.json by `npm run web:client`: do not edit by hand.
export interface paths {
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange an email and password for an access token */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The user the access token belongs to */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users, by email (admin) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create a user (admin); producer and distributor users name their organisation */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user (admin) */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Deactivate or reactivate a user, rename it or set its password (admin) */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether every service is up; with an officer or admin token, each service and its health */
    get: operations['StatusController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The producer registry: search by name or place (with or without diacritics), filter by province, district, commune, craft village, kind, active (?sort=name|district|registeredAt|updatedAt)
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'name' | 'district' | 'registeredAt' | 'updatedAt';
          q?: string;
          province?: string;
          district?: string;
          commune?: string;
          craftVillage?: string;
          kind?: 'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business';
          active?: true | false;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of RegistryProducer items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistryProducerPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a producer (officer, admin)
     * @description Roles: officer, admin. Forwarded to the producers service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegisterProducerDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProducerRegistration'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A producer
     * @description Roles: producer, officer, admin. Forwarded to the producers service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Producer'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a producer's details
     * @description Roles: producer, officer, admin. Forwarded to the producers service.
     */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['UpdateProducerDto'];
        };
      };
      responses: {
        /** @description Done; nothing to answer */
        204: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/producers/{producerId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deactivate a producer (officer, admin)
     * @description Roles: officer, admin. Forwarded to the producers service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReasonDto'];
        };
      };
      responses: {
        /** @description Done; nothing to answer */
        204: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My products and certificates, with days to expiry
     * @description Roles: producer, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'name' | 'stars' | 'priceMinVnd' | 'expiresOn' | 'updatedAt';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of ProductView items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProductViewPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a product
     * @description Roles: producer, officer, admin. Forwarded to the producers service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegisterProductDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProductRegistration'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A product with its certificate
     * @description Roles: producer, officer, admin. Forwarded to the producers service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          producerId: string;
          productId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/products/{productId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A product's history: its events, oldest first, with time, actor and what changed
     * @description Roles: producer, officer, admin. Forwarded to the producers service.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
          productId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of HistoryEvent items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HistoryEventPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/products/{productId}/certification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record the council's OCOP certification (or re-rating) of a product (officer, admin)
     * @description Roles: officer, admin. Forwarded to the producers service.
     */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          producerId: string;
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CertifyProductDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Certification'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/products/{productId}/certification/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a product's certificate (officer, admin)
     * @description Roles: officer, admin. Forwarded to the producers service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          producerId: string;
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReasonDto'];
        };
      };
      responses: {
        /** @description Done; nothing to answer */
        204: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/products/{productId}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change a product's monthly supply capacity
     * @description Roles: producer, admin. Forwarded to the producers service.
     */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          producerId: string;
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ChangeCapacityDto'];
        };
      };
      responses: {
        /** @description Done; nothing to answer */
        204: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A producer's capacity reserved and left per product for a month (?month=YYYY-MM)
     * @description Roles: producer, officer, admin. Forwarded to the producers service.
     */
    get: {
      parameters: {
        query?: {
          month?: string;
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProducerCapacity'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/distributors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The distributors: search by name (with or without diacritics), filter by kind (?sort=name|registeredAt)
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'name' | 'registeredAt';
          q?: string;
          kind?: 'retail-chain' | 'e-commerce' | 'ocop-showroom' | 'wholesaler';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of RegistryDistributor items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistryDistributorPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a distributor: a retail chain, e-commerce platform, showroom or wholesaler (officer, admin)
     * @description Roles: officer, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegisterDistributorDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Distributor'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/distributors/{distributorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A distributor
     * @description Roles: distributor, producer, officer, admin. Forwarded to the distributors service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          distributorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Distributor'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sourcing-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a sourcing request: what the buyer wants, how much, by when
     * @description Roles: distributor, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishSourcingRequestDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SourcingRequest'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sourcing-requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A sourcing request
     * @description Roles: distributor, officer, admin. Forwarded to the distributors service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SourcingRequest'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an open sourcing request
     * @description Roles: distributor, admin. Forwarded to the distributors service.
     */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['UpdateSourcingRequestDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SourcingRequest'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/sourcing-requests/{requestId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a sourcing request
     * @description Roles: distributor, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SourcingRequest'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Place a purchase order; answered 202: the producer reserves capacity, poll the Location until confirmed or rejected
     * @description Roles: distributor, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PlaceOrderDto'];
        };
      };
      responses: {
        /** @description Accepted: poll the Location */
        202: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderPlacement'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A purchase order and its status
     * @description Roles: distributor, producer, officer, admin. Forwarded to the distributors service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An order's history: its events, oldest first, with time, actor and what changed
     * @description Roles: distributor, producer, officer, admin. Forwarded to the distributors service.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of HistoryEvent items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HistoryEventPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/ship': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a confirmed order was shipped (its producer)
     * @description Roles: producer, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['ShipOrderDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a shipped order was delivered (its buyer)
     * @description Roles: distributor, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel an order before it ships (its buyer)
     * @description Roles: distributor, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelOrderDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fairs, filtered by kind, status, province or organiser
     * @description Roles: officer, producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'startsAt' | 'name';
          kind?: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
          status?: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
          province?: string;
          organiserId?: string;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of Fair items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FairPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Schedule a fair: venue, dates, booth types and meeting slots (its organising officer)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScheduleFairDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Fair'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A fair with its booth inventory
     * @description Roles: officer, producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FairDetails'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Reschedule a fair (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['RescheduleFairDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Fair'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A fair's history (its organiser): its events, oldest first, with time and actor
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of HistoryEvent items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HistoryEventPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/open-booking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open booth booking (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Fair'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/close-booking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close booth booking (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Fair'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start the fair (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Fair'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the fair (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Fair'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fair's meeting slots and tables
     * @description Roles: officer, producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'slot';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of MeetingSlot items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeetingSlotPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fair's booth bookings (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'booth' | 'status';
          status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';
          producerId?: string;
          boothType?: string;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of Booking items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BookingPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Book a booth for certified products (a producer, or the organiser for it)
     * @description Roles: producer, officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BookBoothDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Booking'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings/{bookingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A booth booking
     * @description Roles: producer, officer, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          bookingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Booking'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings/{bookingId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A booth booking's history: its events, oldest first, with time, actor and what changed
     * @description Roles: producer, officer, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          fairId: string;
          bookingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of HistoryEvent items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HistoryEventPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings/{bookingId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a booking (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          bookingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Booking'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings/{bookingId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a booking (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          bookingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RejectBookingDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Booking'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings/{bookingId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a booking (its producer or the organiser)
     * @description Roles: producer, officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          bookingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelBookingDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Booking'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/bookings/{bookingId}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a booked producer in at the fair (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          bookingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Booking'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/attendees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fair's registered distributors (its organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'distributorId';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of Attendee items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AttendeePage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a distributor as a fair attendee (itself, or the organiser for it)
     * @description Roles: distributor, officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegisterAttendeeDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Attendee'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fair's meetings (its organiser); a producer's or distributor's own (?producerId= / ?distributorId=)
     * @description Roles: officer, producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'slot' | 'status';
          status?: 'requested' | 'scheduled' | 'declined' | 'cancelled' | 'held' | 'missed';
          producerId?: string;
          distributorId?: string;
          slot?: number;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of Meeting items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeetingPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Ask for a B2B meeting at the fair (a producer or a distributor, for itself)
     * @description Roles: producer, distributor, officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RequestMeetingDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings/{meetingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A meeting
     * @description Roles: producer, distributor, officer, admin. Forwarded to the trade-fairs service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          meetingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings/{meetingId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept a meeting in one of the offered slots (the side asked)
     * @description Roles: producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          meetingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AcceptMeetingDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings/{meetingId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a meeting (the side asked)
     * @description Roles: producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          meetingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DeclineMeetingDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings/{meetingId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a meeting (either side)
     * @description Roles: producer, distributor, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          meetingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelMeetingDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings/{meetingId}/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a meeting was held (the organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          meetingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meetings/{meetingId}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record who did not come to a meeting (the organiser)
     * @description Roles: officer, admin. Forwarded to the trade-fairs service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
          meetingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordNoShowDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A party's MOUs (?partyType=&partyId= naming the caller's organisation), by fair or status
     * @description Roles: producer, distributor, officer, admin. Forwarded to the mou service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'draftedAt' | 'updatedAt';
          partyType?: 'distributor' | 'producer';
          partyId?: string;
          fairId?: string;
          status?: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of MouSummary items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MouSummaryPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Draft an MOU between a distributor and one or more producers (a party; an officer only at a fair it organises, or at none)
     * @description Roles: producer, distributor, officer, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DraftMouDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An MOU: parties, versions, signatures, targets and fulfilment
     * @description Roles: producer, distributor, admin, officer. Forwarded to the mou service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An MOU's history: its events, oldest first, with time, actor and what changed
     * @description Roles: producer, distributor, admin, officer. Forwarded to the mou service.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of HistoryEvent items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HistoryEventPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}/propose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose the draft for signature (a party)
     * @description Roles: producer, distributor, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign the proposed version for your organisation
     * @description Roles: producer, distributor, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SignMouDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}/amend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose an amendment; every party signs again, the old version stays in force until then
     * @description Roles: producer, distributor, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['AmendMouDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminate an MOU (a party)
     * @description Roles: producer, distributor, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TerminateMouDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mous/{mouId}/obligations/{obligationId}/meet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare an action obligation met (a party)
     * @description Roles: producer, distributor, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          mouId: string;
          obligationId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['MeetObligationDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mou'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sourcing-requests/{requestId}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A sourcing request's ranked matches, each factor of the score kept
     * @description Roles: distributor, officer, admin. Forwarded to the matching service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RequestMatches'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meeting-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fair's proposed (or published) meeting schedule
     * @description Roles: officer, admin. Forwarded to the matching service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeetingPlan'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    /**
     * Propose a meeting schedule for the fair from booked producers and registered distributors (its organiser reviews it)
     * @description Roles: officer, admin. Forwarded to the matching service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['PlanMeetingsDto'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeetingPlan'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The body is over the size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/meeting-plan/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish the reviewed schedule: its meetings become meeting requests at the fair
     * @description Roles: officer, admin. Forwarded to the matching service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeetingPlan'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My booth bookings
     * @description Roles: producer, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'bookedAt' | 'updatedAt';
          status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of ProducerBooking items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProducerBookingPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/mous': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My MOUs: status, counterpart, targets, delivered and % per product
     * @description Roles: producer, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'draftedAt' | 'signedAt' | 'updatedAt' | 'overallPercent';
          status?: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of MouProgress items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MouProgressPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/obligations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My MOU obligations (?status=overdue|open|met)
     * @description Roles: producer, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'dueDate' | 'status';
          status?: 'open' | 'met' | 'overdue';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of ObligationItem items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ObligationItemPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My orders (?status=)
     * @description Roles: producer, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'placedAt' | 'updatedAt' | 'totalVnd';
          status?: 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of OrderItem items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderItemPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/{producerId}/sourcing-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open sourcing requests my certified products match, with those matches (?sort=deadline|publishedAt|score)
     * @description Roles: producer, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'deadline' | 'publishedAt' | 'score';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of SourcingOpportunity items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SourcingOpportunityPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/distributors/{distributorId}/sourcing-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My sourcing requests with their current matches
     * @description Roles: distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'publishedAt' | 'deadline' | 'updatedAt';
          status?: 'open' | 'closed';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          distributorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of SourcingRequestItem items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SourcingRequestItemPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/distributors/{distributorId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My orders by status (?status=)
     * @description Roles: distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'placedAt' | 'updatedAt' | 'totalVnd';
          status?: 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          distributorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of OrderItem items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderItemPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/distributors/{distributorId}/mous': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My MOUs and their progress
     * @description Roles: distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'draftedAt' | 'signedAt' | 'updatedAt' | 'overallPercent';
          status?: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path: {
          distributorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of MouProgress items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MouProgressPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A fair's board: booths by type, bookings, check-ins, meetings, MOUs signed there and their fulfilment, orders that followed (its organiser)
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FairBoard'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The programme's figures: certified products by stars, group, district and producer kind; expiring certificates; MOUs per month and fair; modern-channel share
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeFigures'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/expiring-certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Certificates expiring within ?days= (default 90)
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'expiresOn' | 'name' | 'stars';
          days?: number;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of ExpiringCertificate items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ExpiringCertificatePage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/producers/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The producer registry with the filters and sort of GET /producers, as XLSX or CSV (UTF-8 with BOM): ?format=xlsx|csv, ?lang=vi|en
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'name' | 'district' | 'registeredAt' | 'updatedAt';
          q?: string;
          province?: string;
          district?: string;
          commune?: string;
          craftVillage?: string;
          kind?: 'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business';
          active?: true | false;
          order?: 'asc' | 'desc';
          format?: 'xlsx' | 'csv';
          lang?: 'vi' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, as an attachment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv': string;
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fairs/{fairId}/board/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A fair's bookings, meetings, MOUs signed there and their orders (a sheet each; a CSV has one ?section=, bookings by default) (its organiser), as XLSX or CSV (UTF-8 with BOM): ?format=xlsx|csv, ?lang=vi|en
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          section?: 'bookings' | 'meetings' | 'mous' | 'orders';
          format?: 'xlsx' | 'csv';
          lang?: 'vi' | 'en';
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, as an attachment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv': string;
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/figures/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The programme's figures, as XLSX or CSV (UTF-8 with BOM): ?format=xlsx|csv, ?lang=vi|en
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          format?: 'xlsx' | 'csv';
          lang?: 'vi' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, as an attachment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv': string;
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/expiring-certificates/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Certificates expiring within ?days= (default 90), every one, as XLSX or CSV (UTF-8 with BOM): ?format=xlsx|csv, ?lang=vi|en
     * @description Roles: officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'expiresOn' | 'name' | 'stars';
          days?: number;
          order?: 'asc' | 'desc';
          format?: 'xlsx' | 'csv';
          lang?: 'vi' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, as an attachment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv': string;
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search certified products by name (with or without diacritics), filter by producer, group, stars, province, district, craft village, valid certificate
     * @description Roles: producer, distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'name' | 'stars' | 'priceMinVnd' | 'updatedAt';
          q?: string;
          producerId?: string;
          group?: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
          stars?: 3 | 4 | 5;
          province?: string;
          district?: string;
          craftVillage?: string;
          validCertificate?: true | false;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of CatalogueProduct items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogueProductPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A product of the catalogue with its producer, certificate and QR code
     * @description Roles: producer, distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          productId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogueProduct'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/producers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Active producers by name (with or without diacritics): name and place, for every party (contact details stay private)
     * @description Roles: producer, distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          page?: number;
          limit?: number;
          order?: 'asc' | 'desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of CatalogueProducer items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogueProducerPage'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/producers/{producerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A producer's name and place, for every party (its contact details stay private)
     * @description Roles: producer, distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogueProducer'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Each read model: generation, events applied and rebuild state (admin); lag is on /metrics
     * @description Roles: admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of ProjectionStatus items */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectionStatus'][];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/projections/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One read model's generation, events applied and rebuild progress (admin)
     * @description Roles: admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectionStatus'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rebuild one read model (or `all`) from the start of the topics, as a job; answers its jobId (admin)
     * @description Roles: admin. Forwarded to the query service.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
          'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
        };
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accepted: poll the Location */
        202: {
          headers: {
            /** @description true when this is the first answer to the same Idempotency-Key, replayed */
            'Idempotent-Replayed'?: 'true';
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RebuildStarted'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
        503: {
          headers: {
            /** @description seconds */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/projections/rebuilds/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A rebuild job's state and progress, per projection for `all` (admin)
     * @description Roles: admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RebuildJob'];
          };
        };
        /** @description Malformed input: each wrong field named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description No valid access token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
        /** @description The service behind it does not answer; try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorResponse'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LoginDto: {
      /** Format: email */
      email: string;
      password: string;
    };
    AccessToken: {
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      expiresIn: number;
      user: components['schemas']['User'];
    };
    User: {
      /** Format: uuid */
      userId: string;
      email: string;
      /** @enum {string} */
      role: 'officer' | 'distributor' | 'producer' | 'admin';
      /** Format: uuid */
      organisationId: string | null;
      name: string;
      active: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    ErrorResponse: {
      /** @example 400 */
      statusCode: number;
      /** @example Bad Request */
      error: string;
      /**
       * @example [
       *       "limit must not be greater than 100"
       *     ]
       */
      message: string[];
    };
    CreateUserDto: {
      /** Format: email */
      email: string;
      password: string;
      /** @enum {string} */
      role: 'officer' | 'distributor' | 'producer' | 'admin';
      /** Format: uuid */
      organisationId?: string;
      name: string;
    };
    UserPage: {
      items: components['schemas']['User'][];
      page: number;
      limit: number;
      total: number;
    };
    UpdateUserDto: {
      active?: boolean;
      password?: string;
      name?: string;
    };
    SystemStatus: {
      /** @enum {string} */
      status: 'up' | 'down';
      services?: components['schemas']['ServicesStatus'];
    };
    ServicesStatus: {
      producers: components['schemas']['ServiceStatus'];
      distributors: components['schemas']['ServiceStatus'];
      'trade-fairs': components['schemas']['ServiceStatus'];
      mou: components['schemas']['ServiceStatus'];
      matching: components['schemas']['ServiceStatus'];
      query: components['schemas']['ServiceStatus'];
    };
    ServiceStatus: {
      url: string;
      /** @enum {string} */
      status: 'up' | 'down';
      detail: Record<string, never> | string;
    };
    RegisterProducerDto: {
      /** @enum {string} */
      kind: 'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business';
      legalName: string;
      registrationNumber: string;
      contact: components['schemas']['ContactPayload'];
      province: string;
      district: string;
      commune: string;
      craftVillage?: string;
    };
    ContactPayload: {
      name: string;
      phone: string;
      /** Format: email */
      email?: string;
    };
    ProducerRegistration: {
      /** Format: uuid */
      producerId: string;
    };
    RegistryProducerPage: {
      items: components['schemas']['RegistryProducer'][];
      page: number;
      limit: number;
      total: number;
    };
    RegistryProducer: {
      /** Format: uuid */
      producerId: string;
      /** @enum {string} */
      kind: 'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business';
      legalName: string;
      registrationNumber: string | null;
      contact: components['schemas']['Contact'] | null;
      province: string;
      district: string;
      commune: string;
      craftVillage: string | null;
      active: boolean;
      products: number;
      certifiedProducts: number;
      /** Format: date-time */
      registeredAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Contact: {
      name: string;
      phone: string;
      email?: string;
    };
    Producer: {
      /** Format: uuid */
      producerId: string;
      version: number;
      active: boolean;
      profile: components['schemas']['ProducerProfile'];
      products: {
        [key: string]: components['schemas']['ProducerProduct'];
      };
      reservations: {
        [key: string]: components['schemas']['CapacityReservation'];
      };
      answered: {
        [key: string]: 'reserved' | 'rejected' | 'released';
      };
    };
    ProducerProfile: {
      /** @enum {string} */
      kind: 'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business';
      legalName: string;
      registrationNumber: string;
      contact: components['schemas']['Contact'];
      province: string;
      district: string;
      commune: string;
      craftVillage?: string;
    };
    ProducerProduct: {
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string;
      unit: string;
      priceMinVnd: number;
      priceMaxVnd: number;
      monthlyCapacity: number;
      photoUrls: string[];
      qrCode: string;
      certificate?: components['schemas']['Certificate'];
    };
    Certificate: {
      /** @enum {integer} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      /** Format: date */
      issuedOn: string;
      /** Format: date */
      expiresOn: string;
      /** @enum {string} */
      status: 'valid' | 'expired' | 'revoked';
    };
    CapacityReservation: {
      /** @description YYYY-MM */
      month: string;
      lines: components['schemas']['ReservedLine'][];
    };
    ReservedLine: {
      /** Format: uuid */
      productId: string;
      quantity: number;
    };
    UpdateProducerDto: {
      legalName?: string;
      contact?: components['schemas']['ContactPayload'];
      province?: string;
      district?: string;
      commune?: string;
      craftVillage?: string;
    };
    ReasonDto: {
      reason: string;
    };
    RegisterProductDto: {
      photoUrls?: string[];
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string;
      unit: string;
      priceMinVnd: number;
      priceMaxVnd: number;
      monthlyCapacity: number;
    };
    ProductRegistration: {
      /** Format: uuid */
      productId: string;
      qrCode: string;
    };
    ProductViewPage: {
      items: components['schemas']['ProductView'][];
      page: number;
      limit: number;
      total: number;
    };
    ProductView: {
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      producerId: string;
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string;
      unit: string;
      priceMinVnd: number;
      priceMaxVnd: number;
      monthlyCapacity: number;
      qrCode: string;
      photoUrls: string[];
      /** @enum {integer|null} */
      stars: 3 | 4 | 5 | null;
      certificate: components['schemas']['CertificateView'] | null;
      daysToExpiry: number | null;
      /** Format: date-time */
      updatedAt: string;
    };
    CertificateView: {
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      /** Format: date */
      issuedOn: string;
      /** Format: date */
      expiresOn: string;
      /** @enum {string} */
      status: 'valid' | 'expired' | 'revoked';
    };
    Product: {
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string;
      unit: string;
      priceMinVnd: number;
      priceMaxVnd: number;
      monthlyCapacity: number;
      photoUrls: string[];
      qrCode: string;
      certificate?: components['schemas']['Certificate'];
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      productId: string;
    };
    HistoryEventPage: {
      items: components['schemas']['HistoryEvent'][];
      page: number;
      limit: number;
      total: number;
    };
    HistoryEvent: {
      version: number;
      type: string;
      /** Format: date-time */
      occurredAt: string;
      actor: components['schemas']['HistoryEventActor'];
      payload: Record<string, never> | unknown[] | string | number | boolean;
    };
    HistoryEventActor: {
      id: string;
      /** @enum {string} */
      role: 'officer' | 'distributor' | 'producer' | 'admin' | 'system';
    };
    CertifyProductDto: {
      expiresOn?: string;
      /** @enum {number} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      issuedOn: string;
    };
    Certification: {
      /** @enum {string} */
      outcome: 'certified' | 're-rated';
      certificate: components['schemas']['Certificate'];
    };
    ChangeCapacityDto: {
      monthlyCapacity: number;
    };
    ProducerCapacity: {
      /** Format: uuid */
      producerId: string;
      /** @description YYYY-MM */
      month: string;
      products: components['schemas']['ProductCapacity'][];
    };
    ProductCapacity: {
      /** Format: uuid */
      productId: string;
      monthlyCapacity: number;
      reserved: number;
      remaining: number;
    };
    RegisterDistributorDto: {
      /** @enum {string} */
      kind: 'retail-chain' | 'e-commerce' | 'ocop-showroom' | 'wholesaler';
      name: string;
      registrationNumber: string;
      channels: string[];
      provincesServed: string[];
    };
    Distributor: {
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      kind: 'retail-chain' | 'e-commerce' | 'ocop-showroom' | 'wholesaler';
      name: string;
      registrationNumber: string;
      channels: string[];
      provincesServed: string[];
      version: number;
      location?: string;
    };
    RegistryDistributorPage: {
      items: components['schemas']['RegistryDistributor'][];
      page: number;
      limit: number;
      total: number;
    };
    RegistryDistributor: {
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      kind: 'retail-chain' | 'e-commerce' | 'ocop-showroom' | 'wholesaler';
      name: string;
      registrationNumber: string | null;
      channels: string[];
      provincesServed: string[];
      /** Format: date-time */
      registeredAt: string;
    };
    PublishSourcingRequestDto: {
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup?: string;
      keywords: string[];
      /** @enum {number} */
      minStars: 3 | 4 | 5;
      quantity: number;
      unit: string;
      targetPriceVnd?: number;
      deliveryProvince: string;
      deadline: string;
    };
    SourcingRequest: {
      /** Format: uuid */
      sourcingRequestId: string;
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup?: string;
      keywords: string[];
      /** @enum {integer} */
      minStars: 3 | 4 | 5;
      quantity: number;
      unit: string;
      targetPriceVnd?: number;
      deliveryProvince: string;
      /** Format: date-time */
      deadline: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      /** @enum {string|null} */
      closedReason: 'by-buyer' | 'deadline' | null;
      version: number;
      location?: string;
    };
    UpdateSourcingRequestDto: {
      keywords?: string[];
      /** @enum {number} */
      minStars?: 3 | 4 | 5;
      quantity?: number;
      targetPriceVnd?: number;
      deadline?: string;
    };
    PlaceOrderDto: {
      /** Format: uuid */
      distributorId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      mouId?: string;
      lines: components['schemas']['OrderLineDto'][];
    };
    OrderLineDto: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unitPriceVnd: number;
    };
    OrderPlacement: {
      /** Format: uuid */
      orderId: string;
      /** @enum {string} */
      status: 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';
      location: string;
    };
    Order: {
      /** Format: uuid */
      orderId: string;
      /** Format: uuid */
      distributorId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      mouId: string | null;
      /** @enum {string} */
      status: 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';
      lines: components['schemas']['OrderLine'][];
      totalVnd: number;
      /** @enum {string|null} */
      rejectionReason:
        | 'no-valid-certificate'
        | 'not-enough-capacity'
        | 'unknown-product'
        | 'producer-inactive'
        | 'no-answer'
        | null;
      rejectionDetail: string | null;
      cancellationReason: string | null;
      trackingNumber: string | null;
      version: number;
    };
    OrderLine: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unitPriceVnd: number;
      lineTotalVnd: number;
    };
    ShipOrderDto: {
      trackingNumber?: string;
    };
    CancelOrderDto: {
      reason: string;
    };
    ScheduleFairDto: {
      /** @enum {string} */
      kind: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
      name: string;
      organiserId: string;
      venue: string;
      province: string;
      bookingOpensAt: string;
      bookingClosesAt: string;
      startsAt: string;
      endsAt: string;
      boothTypes?: components['schemas']['BoothTypeDto'][];
      meetingSlots?: components['schemas']['MeetingSlotsDto'];
    };
    BoothTypeDto: {
      code: string;
      name: string;
      count: number;
      priceVnd: number;
    };
    MeetingSlotsDto: {
      lengthMinutes: number;
      tables: number;
      dailyStart: string;
      dailyEnd: string;
      utcOffset?: string;
    };
    Fair: {
      /** Format: uuid */
      fairId: string;
      /** @enum {string} */
      kind: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
      name: string;
      organiserId: string;
      venue: string;
      province: string;
      /** @enum {string} */
      status: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
      /** Format: date-time */
      bookingOpensAt: string;
      /** Format: date-time */
      bookingClosesAt: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      boothTypes: components['schemas']['BoothType'][];
      meetingSlots: components['schemas']['MeetingSlotLayout'] | null;
      phases: components['schemas']['FairPhase'][];
      version: number;
      location?: string;
    };
    BoothType: {
      code: string;
      name: string;
      count: number;
      priceVnd: number;
    };
    MeetingSlotLayout: {
      lengthMinutes: number;
      tables: number;
      /** @description HH:mm */
      dailyStart: string;
      /** @description HH:mm */
      dailyEnd: string;
      /** @description +07:00 */
      utcOffset: string;
      days: string[];
      slotsPerDay: number;
      slotCount: number;
    };
    FairPhase: {
      /** @enum {string} */
      status: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
      /** @enum {string} */
      trigger: 'schedule' | 'officer';
      /** Format: date-time */
      effectiveAt: string;
    };
    FairPage: {
      items: components['schemas']['Fair'][];
      page: number;
      limit: number;
      total: number;
    };
    FairDetails: {
      /** Format: uuid */
      fairId: string;
      /** @enum {string} */
      kind: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
      name: string;
      organiserId: string;
      venue: string;
      province: string;
      /** @enum {string} */
      status: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
      /** Format: date-time */
      bookingOpensAt: string;
      /** Format: date-time */
      bookingClosesAt: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      boothTypes: components['schemas']['BoothTypeAvailability'][];
      meetingSlots: components['schemas']['MeetingSlotLayout'] | null;
      phases: components['schemas']['FairPhase'][];
      version: number;
      location?: string;
      meetings: components['schemas']['FairMeetingCounts'];
    };
    BoothTypeAvailability: {
      code: string;
      name: string;
      count: number;
      priceVnd: number;
      held: number;
      available: number;
    };
    FairMeetingCounts: {
      requested: number;
      scheduled: number;
      declined: number;
      cancelled: number;
      held: number;
      missed: number;
    };
    RescheduleFairDto: {
      bookingOpensAt?: string;
      bookingClosesAt?: string;
      startsAt?: string;
      endsAt?: string;
    };
    MeetingSlotPage: {
      items: components['schemas']['MeetingSlot'][];
      page: number;
      limit: number;
      total: number;
    };
    MeetingSlot: {
      slot: number;
      /** Format: date */
      day: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      tables: number;
      tablesTaken: number;
    };
    BookBoothDto: {
      /** Format: uuid */
      producerId: string;
      boothType: string;
      productIds: string[];
    };
    Booking: {
      /** Format: uuid */
      bookingId: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      boothType: string;
      boothNumber: number;
      productIds: string[];
      priceVnd: number;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';
      rejectionReason: string | null;
      cancellationReason: string | null;
      /** Format: date-time */
      checkedInAt: string | null;
      version: number;
      location?: string;
    };
    BookingPage: {
      items: components['schemas']['Booking'][];
      page: number;
      limit: number;
      total: number;
    };
    RejectBookingDto: {
      reason: string;
    };
    CancelBookingDto: {
      reason: string;
    };
    RegisterAttendeeDto: {
      /** Format: uuid */
      distributorId: string;
    };
    Attendee: {
      attendeeId: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      distributorId: string;
      version: number;
      location?: string;
    };
    AttendeePage: {
      items: components['schemas']['Attendee'][];
      page: number;
      limit: number;
      total: number;
    };
    RequestMeetingDto: {
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      requestedBy: 'producer' | 'distributor';
      slots: number[];
      note?: string;
    };
    Meeting: {
      /** Format: uuid */
      meetingId: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      requestedBy: 'producer' | 'distributor';
      offeredSlots: number[];
      note: string | null;
      /** @enum {string} */
      status: 'requested' | 'scheduled' | 'declined' | 'cancelled' | 'held' | 'missed';
      slot: number | null;
      table: number | null;
      /** Format: date-time */
      startsAt: string | null;
      /** Format: date-time */
      endsAt: string | null;
      /** @enum {string|null} */
      acceptedBy: 'producer' | 'distributor' | null;
      /** @enum {string|null} */
      declinedBy: 'producer' | 'distributor' | null;
      declineReason: string | null;
      /** @enum {string|null} */
      cancelledBy: 'producer' | 'distributor' | null;
      cancellationReason: string | null;
      /** @enum {string|null} */
      absent: 'producer' | 'distributor' | 'both' | null;
      version: number;
      location?: string;
    };
    MeetingPage: {
      items: components['schemas']['Meeting'][];
      page: number;
      limit: number;
      total: number;
    };
    AcceptMeetingDto: {
      /** @enum {string} */
      by: 'producer' | 'distributor';
      slot: number;
    };
    DeclineMeetingDto: {
      /** @enum {string} */
      by: 'producer' | 'distributor';
      reason?: string;
    };
    CancelMeetingDto: {
      /** @enum {string} */
      by: 'producer' | 'distributor';
      reason: string;
    };
    RecordNoShowDto: {
      /** @enum {string} */
      absent: 'producer' | 'distributor' | 'both';
    };
    DraftMouDto: {
      /** Format: uuid */
      distributorId: string;
      producerIds: string[];
      /** Format: uuid */
      fairId?: string;
      title?: string;
      products?: string[];
      productGroups?: ('food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism')[];
      targets: components['schemas']['TargetDto'][];
      priceTerms: components['schemas']['PriceTermsDto'];
      startDate: string;
      endDate: string;
      obligations?: components['schemas']['ObligationDto'][];
    };
    TargetDto: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unit: string;
    };
    PriceTermsDto: {
      text?: string;
      unitPrices?: components['schemas']['UnitPriceDto'][];
    };
    UnitPriceDto: {
      /** Format: uuid */
      productId: string;
      unitPriceVnd: number;
    };
    ObligationDto: {
      /** @enum {string} */
      kind: 'delivery' | 'action';
      description: string;
      dueDate: string;
      /** Format: uuid */
      productId?: string;
      quantity?: number;
    };
    Mou: {
      /** Format: uuid */
      mouId: string;
      title: string | null;
      /** @enum {string} */
      status: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
      /** Format: uuid */
      distributorId: string;
      producerIds: string[];
      parties: components['schemas']['MouParty'][];
      /** Format: uuid */
      fairId: string | null;
      versionInForce: components['schemas']['MouVersion'] | null;
      pendingVersion: components['schemas']['MouVersion'] | null;
      targets: components['schemas']['MouTargetProgress'][];
      obligations: components['schemas']['MouObligationProgress'][];
      delivered: components['schemas']['DeliveredVolume'][];
      countedOrders: number;
      /** Format: date-time */
      activeSince: string | null;
      /** Format: date-time */
      fulfilledAt: string | null;
      /** Format: date-time */
      expiredAt: string | null;
      terminationReason: string | null;
      versions: components['schemas']['MouVersionState'][];
      version: number;
      location?: string;
    };
    MouParty: {
      /** @enum {string} */
      partyType: 'distributor' | 'producer';
      /** Format: uuid */
      partyId: string;
    };
    MouVersion: {
      version: number;
      /** @enum {string} */
      state: 'drafted' | 'awaiting-signatures' | 'in-force' | 'superseded' | 'replaced' | 'lapsed';
      basedOn: number | null;
      reason: string | null;
      terms: components['schemas']['MouTermsView'];
      signatures: components['schemas']['MouSignature'][];
      awaitingSignatures: components['schemas']['MouParty'][];
      /** Format: date-time */
      activatedAt: string | null;
    };
    MouTermsView: {
      products: string[];
      productGroups: ('food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism')[];
      targets: components['schemas']['MouTargetTerm'][];
      priceTerms: components['schemas']['MouPriceTermsView'];
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      obligations: components['schemas']['MouObligationTerm'][];
    };
    MouTargetTerm: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unit: string;
    };
    MouPriceTermsView: {
      text?: string;
      unitPrices?: components['schemas']['MouUnitPriceTerm'][];
    };
    MouUnitPriceTerm: {
      /** Format: uuid */
      productId: string;
      unitPriceVnd: number;
    };
    MouObligationTerm: {
      /** @description o1, o2, ... */
      obligationId: string;
      /** @enum {string} */
      kind: 'delivery' | 'action';
      description: string;
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      productId?: string;
      quantity?: number;
    };
    MouSignature: {
      /** @enum {string} */
      partyType: 'distributor' | 'producer';
      /** Format: uuid */
      partyId: string;
      signedBy: string;
      onBehalfOf: string;
      /** Format: date-time */
      signedAt: string;
    };
    MouTargetProgress: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unit: string;
      delivered: number;
      percent: number;
      met: boolean;
    };
    MouObligationProgress: {
      /** @description o1, o2, ... */
      obligationId: string;
      /** @enum {string} */
      kind: 'delivery' | 'action';
      description: string;
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      productId?: string;
      quantity?: number;
      /** @enum {string} */
      status: 'open' | 'met' | 'overdue';
      reportedOverdue: boolean;
      delivered: number | null;
      /** Format: date-time */
      metAt: string | null;
      /** @enum {string|null} */
      metBy: 'distributor' | 'producer' | null;
      note: string | null;
      late: boolean | null;
    };
    DeliveredVolume: {
      /** Format: uuid */
      productId: string;
      quantity: number;
    };
    MouVersionState: {
      version: number;
      /** @enum {string} */
      state: 'drafted' | 'awaiting-signatures' | 'in-force' | 'superseded' | 'replaced' | 'lapsed';
      basedOn: number | null;
    };
    MouSummaryPage: {
      items: components['schemas']['MouSummary'][];
      page: number;
      limit: number;
      total: number;
    };
    MouSummary: {
      /** Format: uuid */
      mouId: string;
      title: string | null;
      /** @enum {string} */
      status: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
      /** Format: uuid */
      distributorId: string;
      producerIds: string[];
      /** Format: uuid */
      fairId: string | null;
      versionInForce: components['schemas']['MouPeriod'] | null;
      pendingVersion: components['schemas']['MouPeriod'] | null;
      /** Format: date-time */
      draftedAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    MouPeriod: {
      version: number;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
    };
    SignMouDto: {
      /** @enum {string} */
      partyType: 'distributor' | 'producer';
      /** Format: uuid */
      partyId: string;
      signedBy: string;
      onBehalfOf: string;
      version?: number;
    };
    AmendMouDto: {
      reason?: string;
      products?: string[];
      productGroups?: ('food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism')[];
      targets?: components['schemas']['TargetDto'][];
      priceTerms?: components['schemas']['PriceTermsDto'];
      startDate?: string;
      endDate?: string;
      obligations?: components['schemas']['ObligationDto'][];
    };
    TerminateMouDto: {
      reason: string;
    };
    MeetObligationDto: {
      note?: string;
    };
    RequestMatches: {
      /** Format: uuid */
      requestId: string;
      /** Format: uuid */
      distributorId: string;
      matches: components['schemas']['Match'][];
    };
    Match: {
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      producerId: string;
      productName: string;
      score: number;
      factors: components['schemas']['MatchFactors'];
    };
    MatchFactors: {
      groupFit: number;
      keywordFit: number;
      stars: number;
      capacity: number;
      price: number;
      distance: number;
      trackRecord: number;
    };
    PlanMeetingsDto: {
      maxMeetingsPerParty?: number;
    };
    MeetingPlan: {
      /** Format: uuid */
      fairId: string;
      /** @enum {string} */
      status: 'proposed' | 'published';
      maxMeetingsPerParty: number;
      meetings: components['schemas']['PlannedMeetingView'][];
      totalScore: number;
      greedyScore: number;
      version: number;
    };
    PlannedMeetingView: {
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
      slotId: number;
      tableNumber: number;
      score: number;
    };
    ProducerBookingPage: {
      items: components['schemas']['ProducerBooking'][];
      page: number;
      limit: number;
      total: number;
    };
    ProducerBooking: {
      /** Format: uuid */
      bookingId: string;
      /** Format: uuid */
      fairId: string;
      fairName: string | null;
      boothType: string;
      boothNumber: number | null;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';
      checkedIn: boolean;
      /** Format: date-time */
      checkedInAt: string | null;
      productIds: string[];
      priceVnd: number;
      /** Format: date-time */
      bookedAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    MouProgressPage: {
      items: components['schemas']['MouProgress'][];
      page: number;
      limit: number;
      total: number;
    };
    MouProgress: {
      /** Format: uuid */
      mouId: string;
      title: string | null;
      /** @enum {string} */
      status: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
      /** Format: uuid */
      producerId: string;
      producerIds: string[];
      /** Format: uuid */
      distributorId: string;
      counterpartName: string | null;
      /** Format: uuid */
      fairId: string | null;
      /** Format: date-time */
      signedAt: string | null;
      /** Format: date-time */
      draftedAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      products: components['schemas']['MouProductProgress'][];
      overallPercent: number;
      overdueObligations: number;
    };
    MouProductProgress: {
      /** Format: uuid */
      productId: string;
      unit: string;
      targetQuantity: number;
      deliveredQuantity: number;
      percent: number;
    };
    ObligationItemPage: {
      items: components['schemas']['ObligationItem'][];
      page: number;
      limit: number;
      total: number;
    };
    ObligationItem: {
      /** Format: uuid */
      mouId: string;
      /** @enum {string} */
      mouStatus: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
      /** Format: uuid */
      distributorId: string;
      counterpartName: string | null;
      obligationId: string;
      /** @enum {string} */
      kind: 'delivery' | 'action';
      description: string;
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      productId: string | null;
      quantity: number | null;
      delivered: number | null;
      /** @enum {string} */
      status: 'open' | 'met' | 'overdue';
      /** Format: date-time */
      metAt: string | null;
    };
    OrderItemPage: {
      items: components['schemas']['OrderItem'][];
      page: number;
      limit: number;
      total: number;
    };
    OrderItem: {
      /** Format: uuid */
      orderId: string;
      /** Format: uuid */
      distributorId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      mouId: string | null;
      /** @enum {string} */
      status: 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';
      totalVnd: number;
      lines: components['schemas']['OrderLine'][];
      /** Format: date-time */
      placedAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SourcingOpportunityPage: {
      items: components['schemas']['SourcingOpportunity'][];
      page: number;
      limit: number;
      total: number;
    };
    SourcingOpportunity: {
      /** Format: uuid */
      requestId: string;
      /** Format: uuid */
      distributorId: string;
      distributorName: string | null;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string | null;
      keywords: string[];
      /** @enum {integer} */
      minStars: 3 | 4 | 5;
      quantity: number;
      unit: string;
      targetPriceVnd: number | null;
      deliveryProvince: string;
      /** Format: date-time */
      deadline: string;
      /** Format: date-time */
      publishedAt: string;
      score: number;
      matches: components['schemas']['OpportunityMatch'][];
    };
    OpportunityMatch: {
      /** Format: uuid */
      productId: string;
      productName: string;
      score: number;
      factors: components['schemas']['MatchFactors'];
    };
    SourcingRequestItemPage: {
      items: components['schemas']['SourcingRequestItem'][];
      page: number;
      limit: number;
      total: number;
    };
    SourcingRequestItem: {
      /** Format: uuid */
      requestId: string;
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string | null;
      keywords: string[];
      /** @enum {integer} */
      minStars: 3 | 4 | 5;
      quantity: number;
      unit: string;
      targetPriceVnd: number | null;
      deliveryProvince: string;
      /** Format: date-time */
      deadline: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      closedReason: string | null;
      /** Format: date-time */
      publishedAt: string;
      /** Format: date-time */
      updatedAt: string;
      matches: components['schemas']['Match'][];
      /** Format: date-time */
      matchesProposedAt: string | null;
    };
    FairBoard: {
      /** Format: uuid */
      fairId: string;
      name: string;
      /** @enum {string} */
      kind: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
      organizerId: string;
      /** @enum {string} */
      status: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
      venue: string;
      province: string;
      /** Format: date-time */
      bookingOpensAt: string;
      /** Format: date-time */
      bookingClosesAt: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      scheduledAt: string;
      booths: components['schemas']['BoardBooths'][];
      bookings: {
        [key: string]: number;
      };
      checkIns: number;
      meetings: components['schemas']['BoardMeetings'];
      mous: components['schemas']['BoardMous'];
      orders: components['schemas']['BoardOrders'];
    };
    BoardBooths: {
      boothType: string;
      name: string;
      total: number;
      booked: number;
      free: number;
    };
    BoardMeetings: {
      requested: number;
      accepted: number;
      held: number;
      noShow: number;
      declined: number;
      cancelled: number;
    };
    BoardMous: {
      signed: number;
      items: components['schemas']['BoardMou'][];
    };
    BoardMou: {
      /** Format: uuid */
      mouId: string;
      /** Format: uuid */
      producerId: string;
      producerIds: string[];
      /** Format: uuid */
      distributorId: string;
      /** @enum {string} */
      status: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
      /** Format: date-time */
      signedAt: string | null;
      overallPercent: number;
    };
    BoardOrders: {
      count: number;
      delivered: number;
      totalVnd: number;
    };
    ProgrammeFigures: {
      /** Format: date */
      asOf: string;
      certifiedProducts: components['schemas']['CertifiedProductFigures'];
      expiringWithin90Days: number;
      mousSigned: components['schemas']['MouFigures'];
      modernChannel: components['schemas']['ModernChannelFigures'];
    };
    CertifiedProductFigures: {
      total: number;
      byStars: {
        [key: string]: number;
      };
      byGroup: {
        [key: string]: number;
      };
      byDistrict: {
        [key: string]: number;
      };
      byProducerKind: {
        [key: string]: number;
      };
    };
    MouFigures: {
      total: number;
      byMonth: {
        [key: string]: number;
      };
      byFair: {
        [key: string]: number;
      };
    };
    ModernChannelFigures: {
      producers: number;
      withModernChannelMouOrOrder: number;
      share: number;
      target: number;
    };
    ExpiringCertificatePage: {
      items: components['schemas']['ExpiringCertificate'][];
      page: number;
      limit: number;
      total: number;
    };
    ExpiringCertificate: {
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      producerId: string;
      producerName: string | null;
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      /** @enum {integer} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      /** Format: date */
      expiresOn: string;
      daysToExpiry: number;
    };
    CatalogueProductPage: {
      items: components['schemas']['CatalogueProduct'][];
      page: number;
      limit: number;
      total: number;
    };
    CatalogueProduct: {
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      producerId: string;
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string;
      unit: string;
      priceMinVnd: number;
      priceMaxVnd: number;
      monthlyCapacity: number;
      qrCode: string;
      photoUrls: string[];
      /** @enum {integer|null} */
      stars: 3 | 4 | 5 | null;
      certificate: components['schemas']['CertificateView'] | null;
      daysToExpiry: number | null;
      /** Format: date-time */
      updatedAt: string;
      producerName: string | null;
      /** @enum {string|null} */
      producerKind:
        'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business' | null;
      province: string | null;
      district: string | null;
      commune: string | null;
      craftVillage: string | null;
    };
    CatalogueProducerPage: {
      items: components['schemas']['CatalogueProducer'][];
      page: number;
      limit: number;
      total: number;
    };
    CatalogueProducer: {
      /** Format: uuid */
      producerId: string;
      name: string;
      /** @enum {string} */
      kind: 'cooperative' | 'cooperative-group' | 'sme' | 'farm' | 'household-business';
      province: string;
      district: string;
      commune: string;
      craftVillage: string | null;
    };
    ProjectionStatus: {
      /** @description The projection's name */
      _id: string;
      generation: number;
      /** @enum {string} */
      status: 'live' | 'rebuilding';
      /** Format: date-time */
      rebuildStartedAt?: string;
      /** Format: date-time */
      rebuildFinishedAt?: string;
      applied: number;
      progress?: components['schemas']['RebuildProgress'];
    };
    RebuildProgress: {
      read: number;
      target: number;
    };
    RebuildStarted: {
      jobId: string;
      projections: string[];
      location: string;
    };
    RebuildJob: {
      jobId: string;
      projection: string;
      /** @description BullMQ's job state: waiting, active, completed, failed... */
      state: string;
      progress: (Record<string, never> | unknown[] | string | number | boolean) | null;
      result: (Record<string, never> | unknown[] | string | number | boolean) | null;
      failedReason: string | null;
    };
  };
  responses: never;
  parameters: {
    /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
    IdempotencyKey: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessToken'];
        };
      };
      /** @description Malformed input: each wrong field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The body is over the size limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The service behind it does not answer; try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found, or another party's */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The service behind it does not answer; try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        sort?: 'email' | 'createdAt';
        role?: 'officer' | 'distributor' | 'producer' | 'admin';
        page?: number;
        limit?: number;
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Malformed input: each wrong field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The service behind it does not answer; try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description true when this is the first answer to the same Idempotency-Key, replayed */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Malformed input: each wrong field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The body is over the size limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
      503: {
        headers: {
          /** @description seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Malformed input: each wrong field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found, or another party's */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The service behind it does not answer; try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; while the first request with the key still runs, 409 with Retry-After. Keys are per user. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description true when this is the first answer to the same Idempotency-Key, replayed */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Malformed input: each wrong field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found, or another party's */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicts with the current state; or a request with this Idempotency-Key is still running (retry after Retry-After) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The body is over the size limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Breaks a business rule; or this Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unavailable for now (a service or its database): retry with the same Idempotency-Key after Retry-After */
      503: {
        headers: {
          /** @description seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  StatusController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SystemStatus'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
