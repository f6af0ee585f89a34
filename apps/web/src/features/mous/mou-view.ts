/** An MOU as the mou service answers it (GET /mous/:mouId). */
export interface PartyRef {
  partyType: 'producer' | 'distributor';
  partyId: string;
}

export interface MouVersion {
  version: number;
  state: string;
  basedOn: number | null;
  reason: string | null;
  terms: {
    products: string[];
    productGroups: string[];
    targets: { productId: string; quantity: number; unit: string }[];
    startDate: string;
    endDate: string;
  };
  signatures: (PartyRef & { signedBy: string; signedAt?: string })[];
  awaitingSignatures: PartyRef[];
  activatedAt: string | null;
}

export interface Mou {
  mouId: string;
  title: string | null;
  status: string;
  distributorId: string;
  producerIds: string[];
  parties: PartyRef[];
  fairId: string | null;
  versionInForce: MouVersion | null;
  pendingVersion: MouVersion | null;
  targets: {
    productId: string;
    quantity: number;
    unit: string;
    delivered: number;
    percent: number;
    met: boolean;
  }[];
  obligations: {
    obligationId: string;
    kind: string;
    description: string;
    dueDate: string;
    status: 'open' | 'met' | 'overdue';
    metAt: string | null;
  }[];
  activeSince: string | null;
  fulfilledAt: string | null;
  expiredAt: string | null;
  terminationReason: string | null;
  versions: { version: number; state: string; basedOn: number | null }[];
}

/** An MOU as the register lists it (GET /mous): no terms, targets or obligations. */
export interface MouSummary {
  mouId: string;
  title: string | null;
  status: string;
  distributorId: string;
  producerIds: string[];
  fairId: string | null;
  versionInForce: { version: number; startDate: string; endDate: string } | null;
  pendingVersion: { version: number; startDate: string; endDate: string } | null;
  draftedAt: string;
  updatedAt: string;
}
