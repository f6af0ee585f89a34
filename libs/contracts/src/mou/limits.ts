/** The most producers one MOU binds. */
export const MAX_PRODUCERS = 20;

/** The most products and obligations one MOU's terms list. */
export const TERMS_LIMITS = { products: 200, obligations: 50 } as const;
