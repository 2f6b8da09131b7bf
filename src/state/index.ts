export type { StateStore, Turn } from './state-store.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { RedisStore, type RedisStoreOptions } from './redis-store.js';
export { FallbackStore } from './fallback-store.js';
export { openStateStore } from './open-store.js';
export { stateConfigFromEnv, DEFAULT_CONTEXT_TTL_MS, type StateConfig } from './config.js';
export { SlidingWindow } from './sliding-window.js';
