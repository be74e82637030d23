// Every record of the sample feed carries this fixed time, so that building the feed twice with
// the same key gives the same bytes and the same signatures.
export const SAMPLE_UPDATED_AT = '2026-11-20T12:00:00Z';
