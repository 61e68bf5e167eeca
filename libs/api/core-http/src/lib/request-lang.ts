import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { DEFAULT_LANG, isLang, type Lang } from '@kbdm/shared/domain';
import type { FastifyRequest } from 'fastify';

/** The first of our languages that an Accept-Language header asks for, by quality. */
export function langFromAcceptLanguage(header: string | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find(isLang) ?? null;
}

/** `?lang=` if given (validated by the query DTO), else Accept-Language, else Russian. */
export const RequestLang = createParamDecorator((_: unknown, context: ExecutionContext): Lang => {
  const request = context.switchToHttp().getRequest<FastifyRequest<{ Querystring: { lang?: string } }>>();
  const fromQuery = request.query?.lang;
  if (isLang(fromQuery)) return fromQuery;
  return langFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LANG;
});
