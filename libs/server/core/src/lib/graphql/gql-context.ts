import type { Request } from 'express';
import type { Principal } from '../auth/principal';

export interface ConsiliumRequest extends Request {
  principal?: Principal;
  requestId?: string;
}

/**
 * Per-request DataLoaders, created lazily on first use and dropped with the request,
 * so batching never crosses requests or users.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();

  get<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface GqlContext {
  req: ConsiliumRequest;
  loaders: LoaderCache;
}
