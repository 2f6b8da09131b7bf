export type { StateStore, Turn } from './state-store.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
// RedisStore is imported from ./redis-store.js where needed, so ioredis loads only when REDIS_URL is set.
export { FallbackStore } from './fallback-store.js';
export { openStateStore } from './open-store.js';
export { stateConfigFromEnv, DEFAULT_CONTEXT_TTL_MS, type StateConfig } from './config.js';
export { SlidingWindow } from './sliding-window.js';
