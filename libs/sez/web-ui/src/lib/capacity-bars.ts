import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { Utility } from '@kbdm/sez/domain';
import type { Lang } from '@kbdm/shared/domain';
import { fill, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';

/** One utility as the ledger tells it: its maximum and what is still free. */
export type CapacityLine = { utility: Utility; unit: string; maximum: number; free: number };

type CapacityStrings = { free: string; taken: string; noConnection: string; heading: string };

const STRINGS: Readonly<Record<Lang, CapacityStrings>> = {
  kk: {
    heading: 'Бос және алынған қуат',
    free: '{maximum} ішінен {free} {unit} бос',
    taken: 'алынды',
    noConnection: 'Қосылым жоқ',
  },
  ru: {
    heading: 'Свободная и занятая мощность',
    free: 'свободно {free} из {maximum} {unit}',
    taken: 'занято',
    noConnection: 'Нет подключения',
  },
  en: {
    heading: 'Free and taken capacity',
    free: '{free} of {maximum} {unit} free',
    taken: 'taken',
    noConnection: 'No connection',
  },
};

/**
 * A bar per utility: the free part light, the part active reservations hold dark, the figures
 * beside it in words (the bar itself is an image with the same words for a screen reader).
 */
@Component({
  selector: 'kbdm-capacity-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="bars" [attr.aria-label]="strings().heading">
      @for (line of lines(); track line.utility) {
        <li [attr.data-testid]="'capacity-' + line.utility">
          <span class="name">{{ line.name }}</span>
          @if (line.maximum > 0) {
            <span class="figure" data-testid="capacity-free" aria-hidden="true">{{ line.text }}</span>
            <span class="bar" role="img" [attr.aria-label]="line.name + ': ' + line.text">
              <span class="taken" [style.width.%]="line.takenPercent"></span>
            </span>
          } @else {
            <span class="none">{{ strings().noConnection }}</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .bars {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: baseline;
      gap: 2px 8px;
    }
    .bar {
      grid-column: 1 / -1;
      height: 10px;
      border-radius: 5px;
      background: var(--mat-sys-primary-container);
      overflow: hidden;
      display: flex;
    }
    .taken {
      background: var(--mat-sys-primary);
    }
    .figure,
    .none {
      font: var(--mat-sys-body-small);
      text-align: end;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CapacityBars {
  private readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(STRINGS);
  readonly utilities = input.required<readonly CapacityLine[]>();

  protected readonly lines = computed(() => {
    const lang = this.i18n.lang();
    const catalogue = this.i18n.t().catalogue;
    const units = catalogue.utilityUnits as Record<string, string>;
    return this.utilities().map((line) => ({
      ...line,
      name: catalogue.utility[line.utility],
      takenPercent:
        line.maximum > 0 ? Math.min(100, Math.max(0, ((line.maximum - line.free) / line.maximum) * 100)) : 0,
      text: fill(this.strings().free, {
        free: formatNumber(line.free, lang),
        maximum: formatNumber(line.maximum, lang),
        unit: units[line.unit] ?? line.unit,
      }),
    }));
  });
}
