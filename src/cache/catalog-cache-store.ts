/**
 * Where cached catalog answers live. Both stores follow one scheme: a generation names
 * the state of the catalog; an answer is stored with the generation read before it was
 * computed, and is served only while that generation is still the current one (and its
 * time to live has not passed). A committed change replaces the generation, so every
 * answer computed before it (even one still being computed) is never served again.
 */

/** A stored answer: the `data` of a response without errors. */
export interface CachedAnswer {
  data: Record<string, unknown>;
  /** When it was computed (ms since the epoch): what is left of its time to live. */
  storedAt: number;
}

export interface Lookup {
  /** The current generation, or null when the store cannot vouch for one (then nothing is stored). */
  generation: string | null;
  /** The answer under the key, computed in the current generation and still fresh. */
  answer: CachedAnswer | null;
}

export interface CatalogCacheStore {
  /** "memory" or "redis", for logs. */
  readonly kind: string;
  /** Rejects when the store cannot answer (the request is then served uncached). */
  lookup(key: string): Promise<Lookup>;
  /** Stores `data` under `key` for `ttlSeconds`, unless `generation` is no longer current. */
  save(key: string, generation: string, data: Record<string, unknown>, ttlSeconds: number): Promise<void>;
  /** Starts a new generation: nothing stored before is served again. */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

interface MemoryEntry extends CachedAnswer {
  generation: string;
  expiresAt: number;
  /** Approximate size in bytes (the serialized answer). */
  size: number;
}

/**
 * In-process store: a least-recently-used map bounded by the size of its answers. Shared
 * by the requests of one process only; other instances learn of a change when their own
 * entries expire (use Redis to share the cache and its invalidation).
 */
export class MemoryCatalogCacheStore implements CatalogCacheStore {
  readonly kind = 'memory';
  private generation = 0;
  private bytes = 0;
  /** Map iteration order is insertion order: the first entry is the least recently used. */
  private readonly entries = new Map<string, MemoryEntry>();

  constructor(
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  lookup(key: string): Promise<Lookup> {
    const generation = String(this.generation);
    const entry = this.entries.get(key);
    if (!entry) return Promise.resolve({ generation, answer: null });
    this.entries.delete(key);
    if (entry.generation !== generation || entry.expiresAt <= this.now()) {
      this.bytes -= entry.size;
      return Promise.resolve({ generation, answer: null });
    }
    this.entries.set(key, entry);
    return Promise.resolve({ generation, answer: { data: entry.data, storedAt: entry.storedAt } });
  }

  save(key: string, generation: string, data: Record<string, unknown>, ttlSeconds: number): Promise<void> {
    if (generation !== String(this.generation)) return Promise.resolve();
    const size = 2 * JSON.stringify(data).length;
    if (size > this.maxBytes) return Promise.resolve();
    this.remove(key);
    const storedAt = this.now();
    this.entries.set(key, { data, storedAt, generation, expiresAt: storedAt + ttlSeconds * 1000, size });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return Promise.resolve();
  }

  invalidate(): Promise<void> {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
    return Promise.resolve();
  }

  close(): Promise<void> {
    return this.invalidate();
  }

  /** Entries held and their approximate size (tests check the bound). */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
