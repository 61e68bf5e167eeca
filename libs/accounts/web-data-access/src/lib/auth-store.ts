import { computed, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import type { Profile, RegisterRequest, Role, SignInRequest, Session } from '@kbdm/accounts/domain';
import { firstValueFrom } from 'rxjs';
import { AuthClient } from './auth-client';

type SignedInState = { accessToken: string; user: Profile };

/**
 * Set while this browser holds a session: a hint with no secret in it. Without it the start
 * skips the refresh call, which for a visitor who never signed in could only answer 401 (and
 * leave an error in the console of every first visit).
 */
export const SESSION_HINT_KEY = 'kbdm.session';

/**
 * Who is signed in, as signals. The access token lives in memory only — never in localStorage,
 * where any injected script could read it; the httpOnly refresh cookie restores it after a reload.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly client = inject(AuthClient);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;
  private readonly state = signal<SignedInState | null>(null);
  private refreshing: Promise<boolean> | null = null;
  private restoring: Promise<void> | null = null;

  readonly user = computed(() => this.state()?.user ?? null);
  readonly accessToken = computed(() => this.state()?.accessToken ?? null);
  readonly signedIn = computed(() => this.state() !== null);
  readonly role = computed<Role | null>(() => this.state()?.user.role ?? null);

  async signIn(request: SignInRequest): Promise<Profile> {
    const session = await firstValueFrom(this.client.signIn(request));
    this.accept(session);
    return session.user;
  }

  /** Registers, then signs in with the same credentials: a new account starts signed in. */
  async register(request: RegisterRequest): Promise<Profile> {
    await firstValueFrom(this.client.register(request));
    return this.signIn({ email: request.email, password: request.password });
  }

  /**
   * Swaps the refresh cookie for a new access token; false when there is no live session.
   * Requests failing together share one refresh: the cookie rotates, so a second would be a reuse.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= firstValueFrom(this.client.refresh())
      .then((session) => {
        this.accept(session);
        return true;
      })
      .catch(() => {
        this.state.set(null);
        this.hint(false);
        return false;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** The silent refresh at start; guards wait for it before they decide. Runs once. */
  restore(): Promise<void> {
    this.restoring ??= this.hasHint() ? this.refresh().then(() => undefined) : Promise.resolve();
    return this.restoring;
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.client.signOut());
    } catch {
      // The session ends here either way; the server's copy lapses with its cookie.
    }
    this.state.set(null);
    this.hint(false);
  }

  /** Takes the profile the API answered after an edit, so the menu shows the new name. */
  updateUser(user: Profile): void {
    this.state.update((state) => (state ? { ...state, user } : state));
  }

  private accept(session: Session): void {
    this.state.set({ accessToken: session.accessToken, user: session.user });
    this.hint(true);
  }

  private hasHint(): boolean {
    try {
      return this.storage?.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      // Storage disabled: try the cookie, as before there was a hint.
      return true;
    }
  }

  private hint(present: boolean): void {
    try {
      if (present) this.storage?.setItem(SESSION_HINT_KEY, '1');
      else this.storage?.removeItem(SESSION_HINT_KEY);
    } catch {
      // Storage disabled: the start then always tries the cookie.
    }
  }
}
