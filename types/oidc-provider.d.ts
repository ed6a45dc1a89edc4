// The part of oidc-provider (v9, which ships no types) that the local BankID provider uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type UnknownObject = Record<string, unknown>;

  export interface AdapterPayload extends UnknownObject {
    uid?: string;
    grantId?: string;
    userCode?: string;
    consumed?: number;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string, claims: UnknownObject, rejected: string[]): Promise<UnknownObject>;
  }

  export interface OidcContext {
    route: string;
    entities: { AuthorizationCode?: { grantId?: string }; Grant?: { jti: string } };
  }

  /** Koa's context, as far as our middleware and renderError read and write it. */
  export interface KoaContext {
    method: string;
    path: string;
    status: number;
    type: string;
    body: unknown;
    oidc?: OidcContext;
  }

  export interface ClientMetadata extends UnknownObject {
    client_id: string;
    client_secret: string;
    redirect_uris: string[];
  }

  export interface Configuration {
    acrValues?: string[];
    adapter?: (name: string) => Adapter;
    claims?: Record<string, null | string[]>;
    clientAuthMethods?: string[];
    clients?: ClientMetadata[];
    conformIdTokenClaims?: boolean;
    cookies?: { keys?: string[] };
    expiresWithSession?: () => boolean;
    features?: Record<string, UnknownObject>;
    findAccount?: (ctx: KoaContext, sub: string) => Promise<Account | undefined>;
    interactions?: { url?: (ctx: KoaContext, interaction: { uid: string }) => string };
    jwks?: { keys: UnknownObject[] };
    pkce?: { required?: () => boolean };
    renderError?: (ctx: KoaContext, out: Record<string, string>, error: Error) => void | Promise<void>;
    responseTypes?: string[];
    scopes?: string[];
    ttl?: Record<string, number>;
  }

  export interface InteractionResult extends UnknownObject {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: UnknownObject };
    params: UnknownObject & { client_id?: string; scope?: string };
    grantId?: string;
    session?: { accountId?: string };
  }

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: Middleware): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResult,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }

  export const errors: { SessionNotFound: new (...args: unknown[]) => Error };
  export default Provider;
}
