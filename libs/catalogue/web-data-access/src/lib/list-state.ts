import { computed, type Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Lang, Page, ProblemDetails } from '@kbdm/shared/domain';
import { toProblem } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';

/** One list as a page reads it: the answer once it is in, and whether it is loading or failed. */
export type ListState<T> = {
  items: Signal<T[]>;
  total: Signal<number | undefined>;
  loading: Signal<boolean>;
  problem: Signal<ProblemDetails | null>;
  reload: () => void;
};

/**
 * A list that follows its filter and language signals: each change asks the API again and
 * cancels the answer still on its way. Call in an injection context (a field initialiser).
 */
export function createListState<T, F extends object>(
  load: (filter: F, lang: Lang) => Observable<Page<T>>,
  filter: () => F,
  lang: () => Lang,
): ListState<T> {
  const resource = rxResource<Page<T>, { filter: F; lang: Lang }>({
    params: () => ({ filter: filter(), lang: lang() }),
    stream: ({ params }) => load(params.filter, params.lang),
  });
  const page = computed(() => (resource.hasValue() ? resource.value() : undefined));
  return {
    items: computed(() => page()?.items ?? []),
    total: computed(() => page()?.total),
    loading: resource.isLoading,
    problem: computed(() => (resource.status() === 'error' ? toProblem(resource.error()) : null)),
    reload: () => {
      resource.reload();
    },
  };
}

/** One item by id in the interface language, with the same loading and problem signals. */
export type ItemState<T> = {
  item: Signal<T | undefined>;
  loading: Signal<boolean>;
  problem: Signal<ProblemDetails | null>;
  reload: () => void;
};

export function createItemState<T>(
  load: (id: string, lang: Lang) => Observable<T>,
  id: () => string,
  lang: () => Lang,
): ItemState<T> {
  const resource = rxResource<T, { id: string; lang: Lang }>({
    params: () => ({ id: id(), lang: lang() }),
    stream: ({ params }) => load(params.id, params.lang),
  });
  return {
    item: computed(() => (resource.hasValue() ? resource.value() : undefined)),
    loading: resource.isLoading,
    problem: computed(() => (resource.status() === 'error' ? toProblem(resource.error()) : null)),
    reload: () => {
      resource.reload();
    },
  };
}
