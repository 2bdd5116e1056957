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

/** A loader whose results depend on field arguments: one DataLoader per distinct argument set. */
export class RequestLoaderFamily<A, K, V> {
  /** @param batch loads all keys of one tick in one statement, results in the order of the keys. */
  constructor(
    readonly name: string,
    private readonly batch: Batch<K, V, A>,
    private readonly options: RequestLoaderOptions<K> = {},
  ) {}

  load(ctx: RequestContext, args: A, key: K): Promise<V> {
    return ctx.loaders
      .dataLoader(
        this,
        JSON.stringify(args ?? null),
        () => new DataLoader<K, V, unknown>((keys) => this.batch(ctx, keys, args), { cacheKeyFn: this.options.cacheKey }),
      )
      .load(key);
  }

  /** Gives the request's loader `value` for `key` (found by another statement), unless it has one. */
  prime(ctx: RequestContext, args: A, key: K, value: V): void {
    ctx.loaders
      .dataLoader(
        this,
        JSON.stringify(args ?? null),
        () => new DataLoader<K, V, unknown>((keys) => this.batch(ctx, keys, args), { cacheKeyFn: this.options.cacheKey }),
      )
      .prime(key, value);
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

  /** See RequestLoaderFamily.prime. */
  prime(ctx: RequestContext, key: K, value: V): void {
    this.family.prime(ctx, undefined, key, value);
  }
}

/** The DataLoaders of one request. */
export class LoaderRegistry {
  private readonly loaders = new Map<object, Map<string, DataLoader<unknown, unknown, unknown>>>();

  /** The request's DataLoader of `declaration` for `argsKey`, created by `create` the first time. */
  dataLoader<K, V, C>(declaration: object, argsKey: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let byArgs = this.loaders.get(declaration);
    if (!byArgs) {
      byArgs = new Map();
      this.loaders.set(declaration, byArgs);
    }
    let loader = byArgs.get(argsKey) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = create();
      byArgs.set(argsKey, loader);
    }
    return loader;
  }

  /** Forgets every loaded value: after a mutation's commit, reads see what it wrote. */
  clear(): void {
    this.loaders.clear();
  }
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
