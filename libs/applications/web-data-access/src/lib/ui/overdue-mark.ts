import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Overdue" with a warning sign: said in words, never by colour alone. */
@Component({
  selector: 'kbdm-overdue-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z" /></svg
    ><span>{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-error);
    }
    svg {
      flex: none;
      fill: currentColor;
    }
  `,
})
export class OverdueMark {
  readonly label = input.required<string>();
}
