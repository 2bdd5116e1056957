/**
 * The catalog cache in Redis, shared by every instance of the API (node-redis' core
 * client, @redis/client). Keys, under one prefix:
 * - `<prefix>generation`: a random token naming the catalog's state; a committed change
 *   replaces it (SET, not INCR: a token is never reused, even if Redis evicts the key and
 *   a counter would start again at a value an older entry still carries);
 * - `<prefix>answer:<key>`: `{"g": generation, "t": storedAt, "d": data}` with a TTL.
 * A lookup is one MGET of both. When Redis does not answer (down, or slower than the
 * timeout), requests are served uncached: the failure is logged once per outage, and
 * commands fail at once while disconnected instead of queueing.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { CatalogCacheStore, Lookup } from './catalog-cache-store';

export class CacheUnavailableError extends Error {}

/**
 * Lifetime of the generation key: any value works (a missing generation starts a new random
 * one, which no stored answer carries); it only keeps abandoned prefixes from lingering.
 */
const GENERATION_TTL_SECONDS = 24 * 3600;

/** The longest a request waits for Redis before it is served uncached. */
const DEFAULT_TIMEOUT_MS = 500;

interface StoredAnswer {
  g: string;
  t: number;
  d: Record<string, unknown>;
}

export class RedisCatalogCacheStore implements CatalogCacheStore {
  readonly kind = 'redis';
  private readonly client;
  private readonly generationKey: string;
  /** False during an outage, so that it is logged once. */
  private available = true;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: (message: string, cause?: unknown) => void,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.generationKey = `${prefix}generation`;
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 5000) },
    });
    this.client.on('error', (error: unknown) => this.unavailable(error));
    this.client.on('ready', () => this.reachable());
  }

  /** Connects, waiting at most the timeout: an unreachable Redis delays no start (it is retried in the background). */
  async connect(): Promise<void> {
    const connecting = this.client.connect().catch((error: unknown) => this.unavailable(error));
    await this.bounded(connecting).catch(() => undefined);
  }

  async lookup(key: string): Promise<Lookup> {
    const [current, raw] = await this.command(() => this.client.mGet([this.generationKey, this.answerKey(key)]));
    if (current === null) {
      // No generation yet (a new Redis, or the key was evicted): start one; answers are stored only under a known one.
      const token = randomUUID();
      const set = await this.command(() =>
        this.client.set(this.generationKey, token, { condition: 'NX', expiration: { type: 'EX', value: GENERATION_TTL_SECONDS } }),
      );
      return { generation: set === null ? null : token, answer: null };
    }
    if (raw === null) return { generation: current, answer: null };
    const stored = JSON.parse(raw) as StoredAnswer;
    return { generation: current, answer: stored.g === current ? { data: stored.d, storedAt: stored.t } : null };
  }

  async save(key: string, generation: string, data: Record<string, unknown>, ttlSeconds: number): Promise<void> {
    const stored: StoredAnswer = { g: generation, t: Date.now(), d: data };
    await this.command(() =>
      this.client.set(this.answerKey(key), JSON.stringify(stored), { expiration: { type: 'EX', value: ttlSeconds } }),
    );
  }

  async invalidate(): Promise<void> {
    await this.command(() =>
      this.client.set(this.generationKey, randomUUID(), { expiration: { type: 'EX', value: GENERATION_TTL_SECONDS } }),
    );
  }

  async close(): Promise<void> {
    if (!this.client.isOpen) return;
    try {
      await this.bounded(this.client.close());
    } catch {
      this.client.destroy();
    }
  }

  private answerKey(key: string): string {
    return `${this.prefix}answer:${key}`;
  }

  private async command<T>(run: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) throw new CacheUnavailableError('Redis is not connected');
    try {
      const result = await this.bounded(run());
      this.reachable();
      return result;
    } catch (error) {
      this.unavailable(error);
      throw error;
    }
  }

  private reachable(): void {
    if (!this.available) this.log('catalog cache: Redis answers again');
    this.available = true;
  }

  private unavailable(error: unknown): void {
    if (this.available) this.log('catalog cache: Redis does not answer; catalog reads are served uncached until it does', error);
    this.available = false;
  }

  private bounded<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CacheUnavailableError(`Redis did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
