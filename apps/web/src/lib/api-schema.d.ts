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
    get: operations['StatusController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PrometheusController_index'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/diagnostics/probes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DiagnosticsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/diagnostics/probes/{probeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DiagnosticsController_find'];
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
    get?: never;
    put?: never;
    /**
     * Register a producer (officer, admin)
     * @description Roles: officer, admin. Forwarded to the producers service.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          producerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          producerId: string;
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    get?: never;
    put?: never;
    /**
     * Register a distributor: a retail chain, e-commerce platform, showroom or wholesaler (officer, admin)
     * @description Roles: officer, admin. Forwarded to the distributors service.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegisterDistributorDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishSourcingRequestDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateSourcingRequestDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ShipOrderDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          kind?: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
          status?: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
          province?: string;
          organiserId?: string;
          limit?: number;
          offset?: number;
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScheduleFairDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RescheduleFairDto'];
        };
      };
      responses: {
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          limit?: number;
          offset?: number;
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';
          producerId?: string;
          boothType?: string;
          limit?: number;
          offset?: number;
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          limit?: number;
          offset?: number;
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          status?: 'requested' | 'scheduled' | 'declined' | 'cancelled' | 'held' | 'missed';
          producerId?: string;
          distributorId?: string;
          slot?: number;
          limit?: number;
          offset?: number;
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          partyType?: 'distributor' | 'producer';
          partyId?: string;
          fairId?: string;
          status?: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
          page?: number;
          pageSize?: number;
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /**
     * Draft an MOU between a distributor and one or more producers (a party)
     * @description Roles: producer, distributor, officer, admin. Forwarded to the mou service.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DraftMouDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          mouId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AmendMouDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
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
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          mouId: string;
          obligationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MeetObligationDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProposeMeetingPlanDto'];
        };
      };
      responses: {
        /** @description Done */
        201: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          status?: string;
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          status?: string;
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          status?: string;
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          status?: string;
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          page?: number;
          limit?: number;
          sort?: string;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          days?: number;
          page?: number;
          limit?: number;
          sort?: string;
          order?: 'asc' | 'desc';
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
     * Search certified products by name (with or without diacritics), filter by group, stars, province, district, craft village, valid certificate
     * @description Roles: producer, distributor, officer, admin. Forwarded to the query service.
     */
    get: {
      parameters: {
        query?: {
          q?: string;
          group?: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
          stars?: 3 | 4 | 5;
          province?: string;
          district?: string;
          craftVillage?: string;
          validCertificate?: boolean;
          page?: number;
          limit?: number;
          sort?: string;
          order?: 'asc' | 'desc';
        };
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
        /** @description Done */
        200: {
          headers: {
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
          content?: never;
        };
        /** @description The role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found, or another party's */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Breaks a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
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
    UpdateUserDto: {
      active?: boolean;
      password?: string;
      name?: string;
    };
    CancelOrderDto: {
      reason: string;
    };
    OrderLineDto: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unitPriceVnd: number;
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
    DistributorRegistered: {
      /** @enum {string} */
      kind: 'retail-chain' | 'e-commerce' | 'ocop-showroom' | 'wholesaler';
      name: string;
      registrationNumber: string;
      channels: string[];
      provincesServed: string[];
    };
    SourcingRequestPublished: {
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
    SourcingRequestUpdated: {
      keywords?: string[];
      /** @enum {number} */
      minStars?: 3 | 4 | 5;
      quantity?: number;
      targetPriceVnd?: number;
      deadline?: string;
    };
    SourcingRequestClosed: {
      /** @enum {string} */
      reason: 'by-buyer' | 'deadline';
    };
    OrderLine: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unitPriceVnd: number;
      lineTotalVnd: number;
    };
    OrderPlaced: {
      /** Format: uuid */
      distributorId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      mouId?: string;
      lines: components['schemas']['OrderLine'][];
      totalVnd: number;
    };
    OrderConfirmed: {
      /** Format: uuid */
      producerId: string;
    };
    OrderRejected: {
      /** Format: uuid */
      producerId: string;
      /** @enum {string} */
      reason:
        | 'no-valid-certificate'
        | 'not-enough-capacity'
        | 'unknown-product'
        | 'producer-inactive'
        | 'no-answer';
      detail: string;
    };
    OrderShipped: {
      trackingNumber?: string;
    };
    OrderDelivered: {
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      mouId?: string;
      lines: components['schemas']['OrderLine'][];
    };
    OrderCancelled: {
      reason: string;
      /** Format: uuid */
      producerId: string;
      wasConfirmed: boolean;
    };
    BoothTypePayload: {
      code: string;
      name: string;
      count: number;
      priceVnd: number;
    };
    MeetingSlotsPayload: {
      lengthMinutes: number;
      tables: number;
      dailyStart: string;
      dailyEnd: string;
      utcOffset: string;
    };
    FairScheduled: {
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
      boothTypes: components['schemas']['BoothTypePayload'][];
      meetingSlots?: components['schemas']['MeetingSlotsPayload'];
    };
    FairRescheduled: {
      bookingOpensAt: string;
      bookingClosesAt: string;
      startsAt: string;
      endsAt: string;
    };
    FairPhaseChanged: {
      /** @enum {string} */
      trigger: 'schedule' | 'officer';
      effectiveAt: string;
    };
    BoothBookingPayload: {
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      boothType: string;
      boothNumber: number;
    };
    BoothBooked: {
      productIds: string[];
      priceVnd: number;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      boothType: string;
      boothNumber: number;
    };
    BoothBookingRejected: {
      reason: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      boothType: string;
      boothNumber: number;
    };
    BoothBookingCancelled: {
      reason: string;
      wasApproved: boolean;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      boothType: string;
      boothNumber: number;
    };
    BoothCheckedIn: {
      checkedInAt: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      boothType: string;
      boothNumber: number;
    };
    FairAttendeeRegistered: {
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingPartiesPayload: {
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingRequested: {
      /** @enum {string} */
      requestedBy: 'producer' | 'distributor';
      offeredSlots: number[];
      note?: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingScheduled: {
      /** @enum {string} */
      acceptedBy: 'producer' | 'distributor';
      slot: number;
      table: number;
      startsAt: string;
      endsAt: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingDeclined: {
      /** @enum {string} */
      declinedBy: 'producer' | 'distributor';
      reason?: string;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingCancelled: {
      /** @enum {string} */
      cancelledBy: 'producer' | 'distributor';
      reason: string;
      wasScheduled: boolean;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingHeld: {
      slot: number;
      table: number;
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
    };
    MeetingMissed: {
      slot: number;
      table: number;
      /** @enum {string} */
      absent: 'producer' | 'distributor' | 'both';
      /** Format: uuid */
      fairId: string;
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
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
    ProposedMatch: {
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      producerId: string;
      productName: string;
      score: number;
      factors: components['schemas']['MatchFactors'];
    };
    MatchesProposed: {
      /** Format: uuid */
      distributorId: string;
      matches: components['schemas']['ProposedMatch'][];
    };
    MatchWithdrawn: {
      /** Format: uuid */
      distributorId: string;
      /** Format: uuid */
      productId: string;
      /** Format: uuid */
      producerId: string;
      /** @enum {string} */
      reason: 'certificate-expired' | 'certificate-revoked' | 'producer-inactive';
    };
    PlannedMeeting: {
      /** Format: uuid */
      producerId: string;
      /** Format: uuid */
      distributorId: string;
      slotId: number;
      tableNumber: number;
      score: number;
    };
    MeetingPlanProposed: {
      maxMeetingsPerParty: number;
      meetings: components['schemas']['PlannedMeeting'][];
      totalScore: number;
      greedyScore: number;
    };
    MeetingPlanPublished: {
      meetings: components['schemas']['PlannedMeeting'][];
      totalScore: number;
    };
    ContactPayload: {
      name: string;
      phone: string;
      /** Format: email */
      email?: string;
    };
    OrderLineQuantity: {
      /** Format: uuid */
      productId: string;
      quantity: number;
    };
    MouTarget: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unit: string;
    };
    MouUnitPrice: {
      /** Format: uuid */
      productId: string;
      unitPriceVnd: number;
    };
    MouPriceTerms: {
      text?: string;
      unitPrices?: components['schemas']['MouUnitPrice'][];
    };
    MouObligation: {
      obligationId: string;
      /** @enum {string} */
      kind: 'delivery' | 'action';
      description: string;
      dueDate: string;
      /** Format: uuid */
      productId?: string;
      quantity?: number;
    };
    MouTerms: {
      products: string[];
      productGroups: ('food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism')[];
      targets: components['schemas']['MouTarget'][];
      priceTerms: components['schemas']['MouPriceTerms'];
      startDate: string;
      endDate: string;
      obligations: components['schemas']['MouObligation'][];
    };
    MouDrafted: {
      /** Format: uuid */
      distributorId: string;
      producerIds: string[];
      /** Format: uuid */
      fairId?: string;
      title?: string;
      version: number;
      terms: components['schemas']['MouTerms'];
    };
    MouProposed: {
      version: number;
    };
    MouSigned: {
      version: number;
      /** @enum {string} */
      partyType: 'distributor' | 'producer';
      /** Format: uuid */
      partyId: string;
      signedBy: string;
      onBehalfOf: string;
      signedAt: string;
    };
    CarriedObligation: {
      obligationId: string;
      previousObligationId: string;
    };
    MouActivated: {
      version: number;
      previousVersion?: number;
      carriedObligations?: components['schemas']['CarriedObligation'][];
      activatedAt: string;
      startDate: string;
      endDate: string;
    };
    MouAmended: {
      version: number;
      basedOn: number;
      reason?: string;
      changes: string[];
      terms: components['schemas']['MouTerms'];
    };
    MouFulfilmentRecorded: {
      /** Format: uuid */
      orderId: string;
      /** Format: uuid */
      producerId: string;
      version: number;
      deliveredAt: string;
      lines: components['schemas']['OrderLineQuantity'][];
    };
    MouFulfilled: {
      version: number;
      fulfilledAt: string;
      totals: components['schemas']['OrderLineQuantity'][];
    };
    MouExpired: {
      version: number;
      endDate: string;
      expiredAt: string;
      /** @enum {string} */
      previousStatus: 'drafted' | 'proposed' | 'active';
    };
    MouTerminated: {
      reason: string;
      /** @enum {string} */
      previousStatus: 'drafted' | 'proposed' | 'active';
    };
    ObligationOverdue: {
      version: number;
      obligationId: string;
      /** @enum {string} */
      kind: 'delivery' | 'action';
      description: string;
      dueDate: string;
    };
    ObligationMet: {
      version: number;
      obligationId: string;
      /** @enum {string} */
      by: 'deliveries' | 'party';
      note?: string;
      metAt: string;
      late: boolean;
    };
    ProducerRegistered: {
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
    ProducerUpdated: {
      legalName?: string;
      contact?: components['schemas']['ContactPayload'];
      province?: string;
      district?: string;
      commune?: string;
      craftVillage?: string;
    };
    ProducerDeactivated: {
      reason: string;
    };
    ProductRegistered: {
      /** Format: uuid */
      productId: string;
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
    };
    ProductCertified: {
      /** Format: uuid */
      productId: string;
      /** @enum {number} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      issuedOn: string;
      expiresOn: string;
    };
    ProductReRated: {
      /** @enum {number} */
      previousStars: 3 | 4 | 5;
      /** Format: uuid */
      productId: string;
      /** @enum {number} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      issuedOn: string;
      expiresOn: string;
    };
    CertificationExpired: {
      /** Format: uuid */
      productId: string;
      decisionNumber: string;
      expiredOn: string;
    };
    CertificationRevoked: {
      /** Format: uuid */
      productId: string;
      decisionNumber: string;
      reason: string;
    };
    SupplyCapacityChanged: {
      /** Format: uuid */
      productId: string;
      monthlyCapacity: number;
    };
    CapacityReserved: {
      /** Format: uuid */
      orderId: string;
      month: string;
      lines: components['schemas']['OrderLineQuantity'][];
    };
    CapacityReservationRejected: {
      /** Format: uuid */
      orderId: string;
      /** @enum {string} */
      reason:
        'no-valid-certificate' | 'not-enough-capacity' | 'unknown-product' | 'producer-inactive';
      detail: string;
    };
    CapacityReleased: {
      /** Format: uuid */
      orderId: string;
      month: string;
      lines: components['schemas']['OrderLineQuantity'][];
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
    RegisterDistributorDto: {
      /** @enum {string} */
      kind: 'retail-chain' | 'e-commerce' | 'ocop-showroom' | 'wholesaler';
      name: string;
      registrationNumber: string;
      channels: string[];
      provincesServed: string[];
    };
    ShipOrderDto: {
      trackingNumber?: string;
    };
    UpdateSourcingRequestDto: {
      keywords?: string[];
      /** @enum {number} */
      minStars?: 3 | 4 | 5;
      quantity?: number;
      targetPriceVnd?: number;
      deadline?: string;
    };
    AcceptMeetingDto: {
      /** @enum {string} */
      by: 'producer' | 'distributor';
      slot: number;
    };
    BookBoothDto: {
      /** Format: uuid */
      producerId: string;
      boothType: string;
      productIds: string[];
    };
    CancelBookingDto: {
      reason: string;
    };
    CancelMeetingDto: {
      /** @enum {string} */
      by: 'producer' | 'distributor';
      reason: string;
    };
    DeclineMeetingDto: {
      /** @enum {string} */
      by: 'producer' | 'distributor';
      reason?: string;
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
    RecordNoShowDto: {
      /** @enum {string} */
      absent: 'producer' | 'distributor' | 'both';
    };
    RegisterAttendeeDto: {
      /** Format: uuid */
      distributorId: string;
    };
    RejectBookingDto: {
      reason: string;
    };
    RescheduleFairDto: {
      bookingOpensAt?: string;
      bookingClosesAt?: string;
      startsAt?: string;
      endsAt?: string;
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
    PageQueryDto: {
      limit?: number;
      offset?: number;
    };
    FairListQueryDto: {
      /** @enum {string} */
      kind?: 'trade-fair' | 'ocop-product-week' | 'exhibition' | 'b2b-matchmaking';
      /** @enum {string} */
      status?: 'scheduled' | 'booking-open' | 'booking-closed' | 'in-progress' | 'closed';
      province?: string;
      organiserId?: string;
      limit?: number;
      offset?: number;
    };
    BookingListQueryDto: {
      /** @enum {string} */
      status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'checked-in';
      /** Format: uuid */
      producerId?: string;
      boothType?: string;
      limit?: number;
      offset?: number;
    };
    MeetingListQueryDto: {
      /** @enum {string} */
      status?: 'requested' | 'scheduled' | 'declined' | 'cancelled' | 'held' | 'missed';
      /** Format: uuid */
      producerId?: string;
      /** Format: uuid */
      distributorId?: string;
      slot?: number;
      limit?: number;
      offset?: number;
    };
    ProposeMeetingPlanDto: {
      maxMeetingsPerParty?: number;
    };
    TargetDto: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      unit: string;
    };
    UnitPriceDto: {
      /** Format: uuid */
      productId: string;
      unitPriceVnd: number;
    };
    PriceTermsDto: {
      text?: string;
      unitPrices?: components['schemas']['UnitPriceDto'][];
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
    MouTermsDto: {
      products?: string[];
      productGroups?: ('food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism')[];
      targets: components['schemas']['TargetDto'][];
      priceTerms: components['schemas']['PriceTermsDto'];
      startDate: string;
      endDate: string;
      obligations?: components['schemas']['ObligationDto'][];
    };
    PartialMouTermsDto: {
      products?: string[];
      productGroups?: ('food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism')[];
      targets?: components['schemas']['TargetDto'][];
      priceTerms?: components['schemas']['PriceTermsDto'];
      startDate?: string;
      endDate?: string;
      obligations?: components['schemas']['ObligationDto'][];
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
    MeetObligationDto: {
      note?: string;
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
    TerminateMouDto: {
      reason: string;
    };
    ListMousQuery: {
      /** @enum {string} */
      partyType?: 'distributor' | 'producer';
      /** Format: uuid */
      partyId?: string;
      /** Format: uuid */
      fairId?: string;
      /** @enum {string} */
      status?: 'drafted' | 'proposed' | 'active' | 'fulfilled' | 'expired' | 'terminated';
      page?: number;
      pageSize?: number;
    };
    ReasonDto: {
      reason: string;
    };
    OmitClassType: {
      name: string;
      /** @enum {string} */
      group: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      subgroup: string;
      unit: string;
      priceMinVnd: number;
      priceMaxVnd: number;
      monthlyCapacity: number;
      /** @enum {number} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      issuedOn: string;
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
    CertifyProductDto: {
      expiresOn?: string;
      /** @enum {number} */
      stars: 3 | 4 | 5;
      decisionNumber: string;
      /** @enum {string} */
      level: 'province' | 'national';
      issuedOn: string;
    };
    MonthQueryDto: {
      month?: string;
    };
    ListQuery: {
      page?: number;
      limit?: number;
      sort?: string;
      /** @enum {string} */
      order?: 'asc' | 'desc';
    };
    StatusListQuery: {
      status?: string;
      page?: number;
      limit?: number;
      sort?: string;
      /** @enum {string} */
      order?: 'asc' | 'desc';
    };
    ExpiringCertificatesQuery: {
      days?: number;
      page?: number;
      limit?: number;
      sort?: string;
      /** @enum {string} */
      order?: 'asc' | 'desc';
    };
    CatalogueQuery: {
      q?: string;
      /** @enum {string} */
      group?: 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';
      /** @enum {number} */
      stars?: 3 | 4 | 5;
      province?: string;
      district?: string;
      craftVillage?: string;
      validCertificate?: boolean;
      page?: number;
      limit?: number;
      sort?: string;
      /** @enum {string} */
      order?: 'asc' | 'desc';
    };
    FairBoardListQuery: {
      organiserId?: string;
      page?: number;
      limit?: number;
      sort?: string;
      /** @enum {string} */
      order?: 'asc' | 'desc';
    };
    ListUsersQuery: {
      /** @enum {string} */
      role?: 'officer' | 'distributor' | 'producer' | 'admin';
      page?: number;
      limit?: number;
    };
    ErrorResponse: {
      statusCode?: number;
      error?: string;
      message?: string[];
    };
  };
  responses: never;
  parameters: never;
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
        content?: never;
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
        content?: never;
      };
    };
  };
  UsersController_list: {
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
        content?: never;
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
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
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
    };
  };
  PrometheusController_index: {
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
        content?: never;
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  DiagnosticsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DiagnosticsController_find: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        probeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
