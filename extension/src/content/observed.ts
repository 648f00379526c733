// The message observer-766.ts (page world) posts and capture.ts (isolated world) keeps: kept apart so neither
// script bundles the other.
export const MESSAGE_SOURCE = 'thidua-766-response';
