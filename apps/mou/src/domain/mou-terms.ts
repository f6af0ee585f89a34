import { RuleViolationError } from '@ocop/common/errors/domain-errors';
import {
  MouObligation,
  MouTerms,
  ObligationKind,
  PRODUCT_GROUPS,
  ProductGroup,
} from '@ocop/events';
import { isCalendarDay } from '@ocop/contracts/shared/calendar';
import { TERMS_LIMITS } from '@ocop/contracts/mou/limits';

/** An obligation as a party writes it; the service numbers them o1, o2, ... in order. */
export interface ObligationInput {
  kind: ObligationKind;
  description: string;
  dueDate: string;
  productId?: string;
  quantity?: number;
}

/** Terms as the parties write them: the service completes and checks them (see normaliseTerms). */
export interface TermsInput {
  products?: string[];
  productGroups?: ProductGroup[];
  targets: { productId: string; quantity: number; unit: string }[];
  priceTerms: { text?: string; unitPrices?: { productId: string; unitPriceVnd: number }[] };
  startDate: string;
  endDate: string;
  obligations?: ObligationInput[];
}

/** The fields an amendment may change; the ones it leaves out are kept from the version it amends. */
export const TERMS_FIELDS = [
  'products',
  'productGroups',
  'targets',
  'priceTerms',
  'startDate',
  'endDate',
  'obligations',
] as const;
export type TermsField = (typeof TERMS_FIELDS)[number];
export type TermsChanges = Partial<TermsInput>;

const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];

function duplicateOf(items: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return items.find((item) => (seen.has(item) ? true : (seen.add(item), false)));
}

function day(value: string, field: string): string {
  if (!isCalendarDay(value)) {
    throw new RuleViolationError(`${field} ${value} is not a calendar day`);
  }
  return value;
}

/**
 * Completes and checks one version's terms, so every version stored is whole and consistent:
 * - at least one target, one per product, each a positive whole volume with its unit; every
 *   target's product is covered (added to `products` if not listed);
 * - price terms have text, unit prices, or both; a unit price is for a covered product, once;
 * - the period is startDate..endDate (inclusive, Vietnam days), not over by `today`;
 * - an obligation falls due within the period; a delivery obligation names a volume (and, when it
 *   names a product, a covered one); an action obligation names neither.
 * Breaking any of these is a RuleViolationError (422) that says which.
 */
export function normaliseTerms(input: TermsInput, today: string): MouTerms {
  const targets = input.targets.map((target, index) => {
    if (!Number.isSafeInteger(target.quantity) || target.quantity <= 0) {
      throw new RuleViolationError(`targets.${index}.quantity must be a positive whole number`);
    }
    const unit = target.unit.trim();
    if (!unit) throw new RuleViolationError(`targets.${index}.unit must not be empty`);
    return { productId: target.productId, quantity: target.quantity, unit };
  });
  if (targets.length === 0) {
    throw new RuleViolationError('an MOU needs at least one target volume');
  }
  const twice = duplicateOf(targets.map((target) => target.productId));
  if (twice) {
    throw new RuleViolationError(`product ${twice} has more than one target; give it one target`);
  }
  const products = distinct([
    ...(input.products ?? []),
    ...targets.map((target) => target.productId),
  ]);
  if (products.length > TERMS_LIMITS.products) {
    throw new RuleViolationError(`an MOU covers at most ${TERMS_LIMITS.products} products`);
  }
  const productGroups = distinct(input.productGroups ?? []);
  const unknownGroup = productGroups.find((group) => !PRODUCT_GROUPS.includes(group));
  if (unknownGroup) throw new RuleViolationError(`${unknownGroup} is not an OCOP product group`);

  const text = input.priceTerms.text?.trim();
  const unitPrices = (input.priceTerms.unitPrices ?? []).map((price, index) => {
    if (!Number.isSafeInteger(price.unitPriceVnd) || price.unitPriceVnd < 0) {
      throw new RuleViolationError(
        `priceTerms.unitPrices.${index}.unitPriceVnd must be whole đồng, 0 or more`,
      );
    }
    if (!products.includes(price.productId)) {
      throw new RuleViolationError(
        `priceTerms.unitPrices.${index}: product ${price.productId} is not covered by the MOU`,
      );
    }
    return { productId: price.productId, unitPriceVnd: price.unitPriceVnd };
  });
  const pricedTwice = duplicateOf(unitPrices.map((price) => price.productId));
  if (pricedTwice) {
    throw new RuleViolationError(`product ${pricedTwice} has more than one unit price`);
  }
  if (!text && unitPrices.length === 0) {
    throw new RuleViolationError('priceTerms need a text, unit prices in VND, or both');
  }

  const startDate = day(input.startDate, 'startDate');
  const endDate = day(input.endDate, 'endDate');
  if (endDate < startDate) {
    throw new RuleViolationError(`endDate ${endDate} is before startDate ${startDate}`);
  }
  if (endDate < today) {
    throw new RuleViolationError(`the period ended on ${endDate}; today is ${today}`);
  }

  const given = input.obligations ?? [];
  if (given.length > TERMS_LIMITS.obligations) {
    throw new RuleViolationError(`an MOU has at most ${TERMS_LIMITS.obligations} obligations`);
  }
  const obligations = given.map((obligation, index): MouObligation => {
    const field = `obligations.${index}`;
    const description = obligation.description.trim();
    if (!description) throw new RuleViolationError(`${field}.description must not be empty`);
    const dueDate = day(obligation.dueDate, `${field}.dueDate`);
    if (dueDate < startDate || dueDate > endDate) {
      throw new RuleViolationError(
        `${field}.dueDate ${dueDate} is outside the period ${startDate} to ${endDate}`,
      );
    }
    const base = { obligationId: `o${index + 1}`, kind: obligation.kind, description, dueDate };
    if (obligation.kind === 'action') {
      if (obligation.quantity !== undefined || obligation.productId !== undefined) {
        throw new RuleViolationError(
          `${field}: an action obligation is met by a party's word; it takes no productId or quantity`,
        );
      }
      return base;
    }
    if (
      obligation.quantity === undefined ||
      !Number.isSafeInteger(obligation.quantity) ||
      obligation.quantity <= 0
    ) {
      throw new RuleViolationError(
        `${field}.quantity: a delivery obligation needs the volume (a positive whole number) that meets it`,
      );
    }
    if (obligation.productId !== undefined && !products.includes(obligation.productId)) {
      throw new RuleViolationError(
        `${field}.productId: product ${obligation.productId} is not covered by the MOU`,
      );
    }
    return {
      ...base,
      ...(obligation.productId !== undefined ? { productId: obligation.productId } : {}),
      quantity: obligation.quantity,
    };
  });

  return {
    products,
    productGroups,
    targets,
    priceTerms: {
      ...(text ? { text } : {}),
      ...(unitPrices.length > 0 ? { unitPrices } : {}),
    },
    startDate,
    endDate,
    obligations,
  };
}

/** Terms as input again (obligation ids dropped), to apply an amendment's changes on top. */
export function termsAsInput(terms: MouTerms): TermsInput {
  return {
    products: [...terms.products],
    productGroups: [...terms.productGroups],
    targets: terms.targets.map((target) => ({ ...target })),
    priceTerms: {
      ...(terms.priceTerms.text !== undefined ? { text: terms.priceTerms.text } : {}),
      ...(terms.priceTerms.unitPrices
        ? { unitPrices: terms.priceTerms.unitPrices.map((price) => ({ ...price })) }
        : {}),
    },
    startDate: terms.startDate,
    endDate: terms.endDate,
    obligations: terms.obligations.map((obligation) => ({
      kind: obligation.kind,
      description: obligation.description,
      dueDate: obligation.dueDate,
      ...(obligation.productId !== undefined ? { productId: obligation.productId } : {}),
      ...(obligation.quantity !== undefined ? { quantity: obligation.quantity } : {}),
    })),
  };
}

/** The terms fields whose values differ between two versions. */
export function changedFields(before: MouTerms, after: MouTerms): TermsField[] {
  return TERMS_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
