import { type NotificationKind, type NotificationParams, notificationPath } from '@kbdm/notifications/domain';
import type { Lang } from '@kbdm/shared/domain';

type Trilingual = Record<Lang, string>;

/** The application statuses' labels, for e-mails (the web app has its own in its dictionary). */
const STATUS_LABELS: Record<string, Trilingual> = {
  draft: { kk: 'жоба', ru: 'черновик', en: 'draft' },
  submitted: { kk: 'берілді', ru: 'подана', en: 'submitted' },
  in_review: { kk: 'қаралуда', ru: 'на рассмотрении', en: 'in review' },
  information_requested: { kk: 'қосымша мәлімет сұралды', ru: 'запрошены сведения', en: 'information requested' },
  resubmitted: { kk: 'қайта берілді', ru: 'подана повторно', en: 'resubmitted' },
  approved: { kk: 'мақұлданды', ru: 'одобрена', en: 'approved' },
  rejected: { kk: 'қабылданбады', ru: 'отклонена', en: 'rejected' },
  withdrawn: { kk: 'кері қайтарылды', ru: 'отозвана', en: 'withdrawn' },
};

/** The statuses of investors' reservations and expressions of interest. */
const REQUEST_STATUS_LABELS: Record<string, Trilingual> = {
  requested: { kk: 'сұралды', ru: 'запрошено', en: 'requested' },
  held: { kk: 'брондалды', ru: 'зарезервировано', en: 'held' },
  under_negotiation: { kk: 'келіссөз жүріп жатыр', ru: 'идут переговоры', en: 'under negotiation' },
  contracted: { kk: 'шарт жасалды', ru: 'заключён договор', en: 'contracted' },
  released: { kk: 'босатылды', ru: 'снято', en: 'released' },
  expired: { kk: 'мерзімі өтті', ru: 'истёк срок', en: 'expired' },
  withdrawn: { kk: 'кері қайтарылды', ru: 'отозвано', en: 'withdrawn' },
  submitted: { kk: 'жіберілді', ru: 'отправлено', en: 'submitted' },
  agreed: { kk: 'келісілді', ru: 'согласовано', en: 'agreed' },
  declined: { kk: 'қабылданбады', ru: 'отклонено', en: 'declined' },
};

const ORDER: Lang[] = ['kk', 'ru', 'en'];

function headline(kind: NotificationKind, params: NotificationParams): Trilingual {
  switch (kind) {
    case 'application.status_changed': {
      const status = STATUS_LABELS[params.status ?? ''] ?? { kk: params.status, ru: params.status, en: params.status };
      return {
        kk: `${params.reference} өтінімі: ${status.kk}`,
        ru: `Заявка ${params.reference}: ${status.ru}`,
        en: `Application ${params.reference}: ${status.en}`,
      } as Trilingual;
    }
    case 'application.message':
      return {
        kk: `${params.reference} өтінімі бойынша жаңа хабарлама`,
        ru: `Новое сообщение по заявке ${params.reference}`,
        en: `New message on application ${params.reference}`,
      };
    case 'investor_request.status_changed': {
      const status = REQUEST_STATUS_LABELS[params.status ?? ''] ?? {
        kk: params.status,
        ru: params.status,
        en: params.status,
      };
      return {
        kk: `${params.reference} сұрауы: ${status.kk}`,
        ru: `Запрос ${params.reference}: ${status.ru}`,
        en: `Request ${params.reference}: ${status.en}`,
      } as Trilingual;
    }
    case 'investor_request.message':
      return {
        kk: `${params.reference} сұрауы бойынша жаңа хабарлама`,
        ru: `Новое сообщение по запросу ${params.reference}`,
        en: `New message on request ${params.reference}`,
      };
  }
}

/**
 * The e-mail telling of a notification, in Kazakh, Russian and English at once: the portal keeps
 * no language preference per person, and an official message must be readable in the state
 * language and in Russian.
 */
export function notificationMail(
  kind: NotificationKind,
  params: NotificationParams,
  portalUrl: string,
): { subject: string; text: string } {
  const line = headline(kind, params);
  const link = `${portalUrl.replace(/\/$/, '')}${notificationPath(params)}`;
  const more: Trilingual = {
    kk: 'Толығырақ порталда:',
    ru: 'Подробнее на портале:',
    en: 'Details on the portal:',
  };
  const subject = `${line.ru} / ${line.kk}`;
  const text = [
    ...ORDER.flatMap((lang) => [line[lang], params.subject ? `«${params.subject}»` : '', `${more[lang]} ${link}`, '']),
    '—',
    'Карағанды облысының бизнесті дамыту картасы / Карта развития бизнеса Карагандинской области',
  ]
    .filter((part, index, all) => part !== '' || all[index - 1] !== '')
    .join('\n');
  return { subject, text };
}
