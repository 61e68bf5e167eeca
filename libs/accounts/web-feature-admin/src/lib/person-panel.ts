import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AdminUser } from '@kbdm/accounts/domain';
import { I18n, LocalDatePipe } from '@kbdm/shared/web-core';
import { AuditTimeline } from './audit-timeline';
import { PersonActionForm } from './person-action-form';

/**
 * One person for an administrator: the facts, the actions (role, deactivate or reactivate, end
 * sessions) and the recent audit events. Takes the focus when it opens on a person.
 */
@Component({
  selector: 'kbdm-person-panel',
  imports: [AuditTimeline, LocalDatePipe, MatButtonModule, PersonActionForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-panel.html',
  styleUrl: './person-panel.scss',
  host: { role: 'region', 'aria-labelledby': 'person-panel-heading' },
})
export class PersonPanel {
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);

  readonly person = input.required<AdminUser>();
  /** The signed-in administrator's id: their own role and activity are not theirs to change. */
  readonly selfId = input<string | null>(null);
  readonly changed = output<AdminUser>();
  readonly closed = output();

  protected readonly isSelf = computed(() => this.person().id === this.selfId());
  protected readonly revision = signal(0);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly personId = computed(() => this.person().id);

  constructor() {
    // A keyboard or screen-reader user lands on the person they opened.
    effect(() => {
      this.personId();
      afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected onDone(person: AdminUser): void {
    this.revision.update((revision) => revision + 1);
    this.changed.emit(person);
  }
}
