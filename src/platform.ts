import type { KnowledgeBase } from './core/mod.js';
import type { DigestService } from './digest/digestService.js';
import type { DigestTransport } from './digest/transport.js';
import type { FeedService } from './feeds/feedService.js';
import type { FollowService } from './follows/followService.js';
import type { HttpRoutes } from './webServer.js';

/** Stops a platform: no new messages taken, and those in hand answered first. */
export type Stop = () => Promise<void>;

/** What a platform answers with: the knowledge base, the chats' services, and the server it may share. */
export interface PlatformContext {
  kb: KnowledgeBase;
  digests: DigestService;
  follows: FollowService;
  feeds: FeedService;
  /** One server for every platform that takes HTTP requests on `PORT`, when there is one. */
  http?: HttpRoutes;
}

/**
 * A chat platform, made from its configuration (as Bolt's receivers are) and started once the corpus is
 * loaded; `main.ts` runs each one configured.
 */
export interface Platform {
  /** Sends the digests and alerts of its chats, with a client of its own: it works before `start`. */
  readonly transport: DigestTransport;
  /** Checks the platform's settings (one clear line when it refuses them), then answers until stopped. */
  start(context: PlatformContext): Promise<Stop>;
}
