import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Notification } from '@kbdm/notifications/domain';
import { I18n } from '@kbdm/shared/web-core';
import { NotificationBell } from './notification-bell';

const approved: Notification = {
  id: 'n1',
  kind: 'application.status_changed',
  params: { reference: 'KBDM-2026-000012', applicationId: 'a1', status: 'approved' },
  createdAt: '2026-03-12T06:00:00.000Z',
  readAt: null,
  link: '/applications/a1',
};
const message: Notification = {
  id: 'n2',
  kind: 'application.message',
  params: { reference: 'KBDM-2026-000012', applicationId: 'a1' },
  createdAt: '2026-03-11T06:00:00.000Z',
  readAt: '2026-03-11T07:00:00.000Z',
  link: '/officer/applications/a1',
};

@Component({ selector: 'kbdm-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

@Component({
  selector: 'kbdm-bell-host',
  imports: [NotificationBell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<kbdm-notification-bell
    [notifications]="notifications()"
    [unread]="unread()"
    (selected)="selected.push($event)"
    (markAllRead)="markedAll = markedAll + 1"
  />`,
})
class BellHost {
  readonly notifications = signal<Notification[]>([approved, message]);
  readonly unread = signal(1);
  readonly selected: Notification[] = [];
  markedAll = 0;
}

async function renderBell() {
  const fixture = TestBed.createComponent(BellHost);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const bell = () => element.querySelector('[data-testid="notification-bell"]') as HTMLButtonElement;
  const open = async () => {
    bell().click();
    await fixture.whenStable();
  };
  const items = () => [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="notification"]')];
  return { fixture, element, bell, open, items };
}

describe('NotificationBell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  it('names the unread count in the button, for those who cannot see the badge', async () => {
    const { bell, element, fixture } = await renderBell();

    expect(bell().getAttribute('aria-label')).toBe('Уведомления: непрочитанных 1');
    expect(element.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('1');

    fixture.componentInstance.unread.set(0);
    await fixture.whenStable();
    expect(bell().getAttribute('aria-label')).toBe('Уведомления');
  });

  it('says each notification in the interface language from its kind and parameters, linking to it', async () => {
    TestBed.inject(I18n).use('en');
    const { open, items } = await renderBell();
    await open();

    expect(items().map((item) => item.querySelector('.text')?.textContent?.trim())).toEqual([
      'Application KBDM-2026-000012: approved',
      'New message on application KBDM-2026-000012',
    ]);
    expect(items()[0].getAttribute('href')).toBe('/applications/a1');
    expect(items()[0].textContent).toContain('unread');
    expect(items()[1].textContent).not.toContain('unread');
  });

  it('tells which one was followed, and offers to mark all read only while some are unread', async () => {
    const { open, items, fixture } = await renderBell();
    await open();

    items()[0].click();
    expect(fixture.componentInstance.selected).toEqual([approved]);

    await open();
    (document.querySelector('[data-testid="notifications-mark-all"]') as HTMLButtonElement).click();
    expect(fixture.componentInstance.markedAll).toBe(1);

    fixture.componentInstance.unread.set(0);
    await fixture.whenStable();
    await open();
    expect(document.querySelector('[data-testid="notifications-mark-all"]')).toBeNull();
  });

  it('says so when there is nothing, and never links outside the portal', async () => {
    const { open, fixture } = await renderBell();
    fixture.componentInstance.notifications.set([{ ...approved, link: '//evil.example/' }]);
    await fixture.whenStable();
    await open();

    expect(document.querySelector('[data-testid="notification"]')?.getAttribute('href')).toBeNull();

    fixture.componentInstance.notifications.set([]);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="notifications-none"]')?.textContent?.trim()).toBe(
      'Уведомлений пока нет.',
    );
  });
});
