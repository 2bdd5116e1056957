/**
 * Per-request DataLoaders, created on first use and dropped with the request, so
 * batching and caching never cross requests (or tenants).
 */
import DataLoader from 'dataloader';

export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<any, any, any>>();

  /** The request's loader named `key`, created by `create` the first time. */
  get<K, V, C = K>(key: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V, C>;
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

/** Name of a loader whose results depend on field arguments: one loader per distinct argument set. */
export function loaderKey(name: string, args: unknown): string {
  return `${name}:${JSON.stringify(args ?? null)}`;
}
