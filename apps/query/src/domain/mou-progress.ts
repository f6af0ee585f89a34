import { MouDoc, ObligationDoc, ObligationStateDoc, TargetDoc } from '../read-models/collections';

export interface ProductProgress {
  productId: string;
  targetQuantity: number;
  unit: string;
  deliveredQuantity: number;
  /** delivered / target in per cent, one decimal; above 100 when delivered beyond the target. */
  percent: number;
}

export type ObligationStatus = 'open' | 'met' | 'overdue';

export interface ObligationProgress extends ObligationDoc {
  status: ObligationStatus;
  /** delivery obligations: the volume counted towards it so far. */
  delivered: number | null;
  metAt: string | null;
}

export interface MouProgress {
  /** The version whose targets count: the one in force, else the latest (before activation). */
  version: number;
  products: ProductProgress[];
  /** The mean of the products' percentages, each capped at 100 (units differ between products). */
  overallPercent: number;
  obligations: ObligationProgress[];
  overdueObligations: number;
}

/** Per cent with one decimal, as the mou service shows it. */
export function percent(delivered: number, target: number): number {
  if (target <= 0) return 0;
  return Math.round((delivered * 1_000) / target) / 10;
}

/** Overall progress: each product's percentage capped at 100, averaged; 0 without targets. */
export function overallPercent(products: Pick<ProductProgress, 'percent'>[]): number {
  if (products.length === 0) return 0;
  const sum = products.reduce((total, p) => total + Math.min(p.percent, 100), 0);
  return Math.round((sum * 10) / products.length) / 10;
}

/** Delivered volume per product over every counted order. */
export function deliveredVolumes(mou: Pick<MouDoc, 'deliveries'>): Map<string, number> {
  const volumes = new Map<string, number>();
  for (const delivery of Object.values(mou.deliveries ?? {})) {
    for (const line of delivery.lines) {
      volumes.set(line.productId, (volumes.get(line.productId) ?? 0) + line.quantity);
    }
  }
  return volumes;
}

/**
 * What happened to an obligation of a version: its own events, plus what the version it was
 * carried over from had (an activation carries overdue and met forward, as the aggregate does).
 */
function obligationState(mou: MouDoc, version: number, obligationId: string): ObligationStateDoc {
  const own = mou.obligationState?.[`v${version}-${obligationId}`] ?? {};
  const carried = mou.carried?.[`v${version}`];
  const from = carried?.obligations.find((c) => c.obligationId === obligationId);
  if (!carried || typeof carried.previousVersion !== 'number' || !from) return own;
  const earlier = obligationState(mou, carried.previousVersion, from.previousObligationId);
  return {
    overdue: Boolean(own.overdue || earlier.overdue),
    ...((own.met ?? earlier.met) ? { met: own.met ?? earlier.met } : {}),
  };
}

/** Targets, deliveries and obligations of an MOU read model, worked out as the mou service does. */
export function mouProgress(mou: MouDoc): MouProgress {
  const version = mou.inForce ?? mou.latestVersion;
  const terms = mou.versions?.[`v${version}`] ?? { targets: [], obligations: [] };
  const volumes = deliveredVolumes(mou);
  const deliveredOf = (productId?: string) =>
    productId === undefined
      ? [...volumes.values()].reduce((a, b) => a + b, 0)
      : (volumes.get(productId) ?? 0);
  const products = terms.targets.map((target: TargetDoc) => {
    const deliveredQuantity = deliveredOf(target.productId);
    return {
      productId: target.productId,
      targetQuantity: target.quantity,
      unit: target.unit,
      deliveredQuantity,
      percent: percent(deliveredQuantity, target.quantity),
    };
  });
  const obligations = terms.obligations.map((o: ObligationDoc) => {
    const state = obligationState(mou, version, o.obligationId);
    const status: ObligationStatus = state.met ? 'met' : state.overdue ? 'overdue' : 'open';
    return {
      ...o,
      status,
      delivered: o.kind === 'delivery' ? deliveredOf(o.productId) : null,
      metAt: state.met?.at ?? null,
    };
  });
  return {
    version,
    products,
    overallPercent: overallPercent(products),
    obligations,
    overdueObligations: obligations.filter((o) => o.status === 'overdue').length,
  };
}
