import type { FastifyInstance } from 'fastify';
import { type Language, languageFromAcceptHeader } from '../i18n/languages.ts';
import { type Translate, translatorFor } from '../i18n/translate.ts';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
    t: Translate;
  }
}

/** Every request carries the language it asked for, so errors answer in it. */
export function registerRequestLanguage(app: FastifyInstance): void {
  app.decorateRequest('language', 'es-MX');
  app.decorateRequest('t', null as unknown as Translate);
  app.addHook('onRequest', async (request, reply) => {
    request.language = languageFromAcceptHeader(request.headers['accept-language']);
    request.t = translatorFor(request.language);
    reply.header('Content-Language', request.language);
    reply.header('Vary', 'Accept-Language');
  });
}
