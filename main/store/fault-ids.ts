// The draft ids the fault-injection child saves (shared by the child and the harness).
export const CHILD_IDS = ['k0', 'k1', 'k2'] as const;
