/**
 * Domain events: what changed, published only once the change is durable (after its
 * transaction commits, never on rollback). Subscribers are in-process today (cache
 * invalidation, logging); webhooks will subscribe here too.
 */
export interface DomainEvent {
  /** What happened, e.g. "clinic.update". */
  action: string;
  organizationId: string;
  targetType: string;
  targetId: string | null;
  /** Who made the change (the token's subject). */
  actorSubject: string;
}

export type DomainEventListener = (event: DomainEvent) => void | Promise<void>;

export class DomainEvents {
  private readonly listeners = new Set<DomainEventListener>();

  /** Calls `listener` for every event from now on; returns the unsubscribe function. */
  subscribe(listener: DomainEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async publish(event: DomainEvent): Promise<void> {
    for (const listener of this.listeners) await listener(event);
  }
}
