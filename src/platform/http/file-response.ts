import { z } from 'zod';

/** The media types a file answer may have, each stated as text in the OpenAPI document. */
export const fileContent = (mediaTypes: readonly string[]) =>
  Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema: z.string() }]));

/**
 * A successful answer that is a file rather than a JSON document, stated per media type so that the
 * OpenAPI document says what a client receives (and the fuzzer can hold the answer to it).
 */
export const fileResponse = (description: string, mediaTypes: readonly string[]) => ({
  description,
  content: fileContent(mediaTypes),
});
