/**
 * Per-request DataLoaders, declared once in an area's `<area>.loaders.ts` and created
 * on first use in each request, so batching and caching never cross requests (or
 * tenants). A declaration is typed by its keys and values; the declaration object
 * itself is the registry key (no string keys to collide or mistype).
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../context';

type Batch<K, V, A> = (ctx: RequestContext, keys: readonly K[], args: A) => Promise<V[]>;

export interface RequestLoaderOptions<K> {
  /** The cache key of a key that is not a primitive (two equal objects are one key). */
  cacheKey?: (key: K) => string;
}

/**
 * One request's loader of one declaration and argument set: the DataLoader, and the
 * values it has settled, so a later read of a loaded key needs no promise at all.
 */
interface LoaderEntry<K, V> {
  loader: DataLoader<K, V, unknown>;
  settled: Map<unknown, V>;
}

/** A loader whose results depend on field arguments: one DataLoader per distinct argument set. */
export class RequestLoaderFamily<A, K, V> {
  /** @param batch loads all keys of one tick in one statement, results in the order of the keys. */
  constructor(
    readonly name: string,
    private readonly batch: Batch<K, V, A>,
    private readonly options: RequestLoaderOptions<K> = {},
  ) {}

  load(ctx: RequestContext, args: A, key: K): Promise<V> {
    return this.entry(ctx, args).loader.load(key);
  }

  /**
   * The value of `key`: synchronously when the request has loaded it already, else as
   * `load`. A resolver that returns it unwrapped lets GraphQL complete the field at
   * once: on wide lists (every step of every protocol of every clinic) that saves a
   * promise, and the work of waiting for it, per object.
   */
  get(ctx: RequestContext, args: A, key: K): V | Promise<V> {
    const entry = this.entry(ctx, args);
    const cacheKey = this.cacheKeyOf(key);
    return entry.settled.has(cacheKey) ? (entry.settled.get(cacheKey) as V) : entry.loader.load(key);
  }

  /** Gives the request's loader `value` for `key` (found by another statement), unless it has one. */
  prime(ctx: RequestContext, args: A, key: K, value: V): void {
    const entry = this.entry(ctx, args);
    const cacheKey = this.cacheKeyOf(key);
    if (entry.settled.has(cacheKey)) return;
    entry.settled.set(cacheKey, value);
    entry.loader.prime(key, value);
  }

  private cacheKeyOf(key: K): unknown {
    return this.options.cacheKey ? this.options.cacheKey(key) : key;
  }

  private entry(ctx: RequestContext, args: A): LoaderEntry<K, V> {
    return ctx.loaders.entry(this, args === undefined ? '' : JSON.stringify(args), () => {
      const settled = new Map<unknown, V>();
      const loader = new DataLoader<K, V, unknown>(
        async (keys) => {
          const values = await this.batch(ctx, keys, args);
          keys.forEach((key, i) => settled.set(this.cacheKeyOf(key), values[i]));
          return values;
        },
        { cacheKeyFn: this.options.cacheKey },
      );
      return { loader, settled };
    });
  }
}

/** A loader by key alone. */
export class RequestLoader<K, V> {
  private readonly family: RequestLoaderFamily<void, K, V>;

  constructor(
    readonly name: string,
    batch: (ctx: RequestContext, keys: readonly K[]) => Promise<V[]>,
    options: RequestLoaderOptions<K> = {},
  ) {
    this.family = new RequestLoaderFamily<void, K, V>(name, (ctx, keys) => batch(ctx, keys), options);
  }

  load(ctx: RequestContext, key: K): Promise<V> {
    return this.family.load(ctx, undefined, key);
  }

  /** See RequestLoaderFamily.get. */
  get(ctx: RequestContext, key: K): V | Promise<V> {
    return this.family.get(ctx, undefined, key);
  }

  /** See RequestLoaderFamily.prime. */
  prime(ctx: RequestContext, key: K, value: V): void {
    this.family.prime(ctx, undefined, key, value);
  }
}

/** The DataLoaders of one request. */
export class LoaderRegistry {
  private readonly loaders = new Map<object, Map<string, unknown>>();

  /** The request's loader entry of `declaration` for `argsKey`, created by `create` the first time. */
  entry<E>(declaration: object, argsKey: string, create: () => E): E {
    let byArgs = this.loaders.get(declaration);
    if (!byArgs) {
      byArgs = new Map();
      this.loaders.set(declaration, byArgs);
    }
    let entry = byArgs.get(argsKey) as E | undefined;
    if (entry === undefined) {
      entry = create();
      byArgs.set(argsKey, entry);
    }
    return entry;
  }

  /** Forgets every loaded value: after a mutation's commit, reads see what it wrote. */
  clear(): void {
    this.loaders.clear();
  }
}

/** `fn` applied to `value`, at once when it is not a promise (see RequestLoaderFamily.get). */
export function thenMaybe<T, U>(value: T | Promise<T>, fn: (settled: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** Orders batch results like the keys, filling gaps with `fallback`. */
export function byKey<K, V, F>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: F): Array<V | F> {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups batch results by key, in the order the rows came. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row)) ?? [];
    list.push(row);
    map.set(keyOf(row), list);
  }
  return keys.map((key) => map.get(key) ?? []);
}
