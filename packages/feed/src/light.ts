// What a widget needs before any data arrives: the vocabularies, patterns and error type, with no
// zod and no client. The client and the schemas are imported on first load (see ./client.ts).
export * from './schemas/vocabulary.js';
export * from './errors.js';
