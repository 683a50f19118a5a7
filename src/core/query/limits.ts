/** Most answers one question returns; adapters page through them. */
export const MAX_ANSWERS = 50;

/** Longest question the core reads; longer input is refused with a message, not cut. */
export const MAX_INPUT_LENGTH = 300;
