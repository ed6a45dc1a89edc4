// The service worker's global scope, typed by hand: the project compiles against the DOM library,
// and TypeScript's webworker library cannot be loaded beside it.

export interface WorkerFetchEvent extends Event {
  readonly request: Request;
  /** The id of the document this navigation makes, for the banner's question afterwards. */
  readonly resultingClientId: string;
  waitUntil(promise: Promise<unknown>): void;
}

export interface WorkerMessageEvent extends Event {
  readonly data: unknown;
  readonly source: { readonly id: string } | null;
  readonly ports: readonly MessagePort[];
  waitUntil(promise: Promise<unknown>): void;
}

export interface WorkerLifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface WorkerScope {
  readonly location: Location;
  addEventListener(type: "message", listener: (event: WorkerMessageEvent) => void): void;
  addEventListener(type: "activate", listener: (event: WorkerLifecycleEvent) => void): void;
}

export const workerScope = globalThis as unknown as WorkerScope;
