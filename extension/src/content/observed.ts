// The message observer-766.ts (page world) posts and capture.ts (isolated world) keeps: kept apart so neither
// script bundles the other.
export const MESSAGE_SOURCE = 'thidua-766-response';

/* Made for: least privilege on the 766 page: the one message name the page-world observer posts and the isolated capture script keeps, so neither script bundles the other. */
