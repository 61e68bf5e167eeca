import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Lang } from '@kbdm/shared/domain';
import { I18n } from '@kbdm/shared/web-core';

/** What an application can be made for, as `/applications/new?kind=` names it. */
export type ApplyKind = 'programme' | 'opportunity' | 'ppp_project';

// Kept in this lazy chunk, not in the dictionaries every visitor downloads.
const STRINGS: Record<Lang, { apply: string; egov: string; interest: string }> = {
  kk: {
    apply: 'Өтінім беру',
    egov: 'Өтінім eGov арқылы беріледі: мұнда оны алдын ала дайындауға болады.',
    interest: 'Инвестор ретінде қызығушылық білдіру',
  },
  ru: {
    apply: 'Подать заявку',
    egov: 'Заявку подают на eGov: здесь её можно заранее подготовить.',
    interest: 'Выразить интерес как инвестор',
  },
  en: {
    apply: 'Apply',
    egov: 'Filed on eGov: you can prepare the application here first.',
    interest: 'Express interest as an investor',
  },
};

/**
 * "Apply" on a catalogue item's page: starts a draft at `/applications/new`. Someone signed out
 * goes through sign-in first and comes back to the same address (the route's guard).
 */
@Component({
  selector: 'kbdm-apply-link',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="apply">
      <a
        mat-flat-button
        routerLink="/applications/new"
        [queryParams]="{ kind: kind(), id: id() }"
        data-testid="apply-link"
      >
        {{ strings().apply }}
      </a>
      @if (interest()) {
        <a
          mat-stroked-button
          routerLink="/investors/requests/new"
          [queryParams]="{ kind: 'interest', ppp: id() }"
          data-testid="interest-link"
        >
          {{ strings().interest }}
        </a>
      }
      @if (egov()) {
        <span class="note">{{ strings().egov }}</span>
      }
    </p>
  `,
  styles: `
    .apply {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-block: 16px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ApplyLink {
  private readonly i18n = inject(I18n);
  readonly kind = input.required<ApplyKind>();
  readonly id = input.required<string>();
  /** The programme is filed on eGov: the draft is prepared here and handed over there. */
  readonly egov = input(false);
  /** A PPP project: investors also send an expression of interest to the zone's management. */
  readonly interest = input(false);
  protected readonly strings = computed(() => STRINGS[this.i18n.lang()]);
}
